import { ServerError } from '@colyseus/core';
import type { z } from 'zod';
import { describeZodError } from '../../shared/errors.ts';
import { MeetingId } from '../../shared/meetings.ts';
import { JOIN_ERRORS, PROTOCOL_VERSION, type JoinOptions } from '../../shared/protocol.ts';
import { InvalidSessionError } from '../auth/sessions.ts';
import type { ExpoAuth } from './ExpoRoom.ts';
import type { RoomContext } from './roomContext.ts';

/**
 * Checks a join before any room is created or seat reserved (Colyseus calls a room's static
 * onAuth during matchmaking): protocol version, the options' schema, then the session token.
 */
export async function authenticateJoin(
  ctx: RoomContext,
  schema: z.ZodType<JoinOptions>,
  options: unknown,
): Promise<ExpoAuth> {
  const protocol = (options as { protocol?: unknown } | undefined)?.protocol;
  if (protocol !== PROTOCOL_VERSION) {
    ctx.metrics.joinsRefused.inc({ reason: 'protocol' });
    throw new ServerError(
      JOIN_ERRORS.protocol_mismatch,
      `protocol ${String(protocol)} is not ${PROTOCOL_VERSION}; reload the page`,
    );
  }
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    ctx.metrics.joinsRefused.inc({ reason: 'bad_request' });
    throw new ServerError(JOIN_ERRORS.bad_request, describeZodError(parsed.error));
  }
  try {
    const user = await ctx.tokens.verify(parsed.data.token);
    const { near, resume } = parsed.data;
    return {
      user,
      spawn: parsed.data.spawn,
      near: near ? await ctx.find.admit(user, near) : undefined,
      resume: resume ? await ctx.resumeTickets.read(resume, user.id) : undefined,
    };
  } catch (error) {
    if (!(error instanceof InvalidSessionError)) throw error;
    ctx.metrics.joinsRefused.inc({ reason: error.banned ? 'banned' : 'unauthorized' });
    throw new ServerError(
      error.banned ? JOIN_ERRORS.forbidden : JOIN_ERRORS.unauthorized,
      `join refused: ${error.message}`,
    );
  }
}

/** The meeting a meeting or lobby room is created for; both are filtered by it. */
export function meetingIdOf(options: unknown): string {
  const id = MeetingId.safeParse((options as { meetingId?: unknown } | undefined)?.meetingId);
  if (!id.success) throw new ServerError(JOIN_ERRORS.bad_request, 'meetingId: not a meeting id');
  return id.data;
}
