import type { z } from 'zod';
import { describeZodError } from '../../shared/errors.ts';
import { refusal, type Refusal as RefusalText, type RefusalArgs, type RefusalCode } from '../../shared/refusals.ts';
import type { MeetingAuth, MeetingClient, MeetingRoomControl } from './MeetingRoom.ts';
import type { RoomContext } from './roomContext.ts';
import { tellRefusal, tellRefused } from './refusedNotice.ts';

/** A request the chair or an attendee may not have granted, with the reason to show them as a code. */
export class Refusal<C extends RefusalCode = RefusalCode> extends Error {
  readonly refusal: RefusalText;
  constructor(code: C, message: string, ...params: RefusalArgs<C>) {
    super(message);
    this.refusal = refusal(code, ...params);
  }
}

/** Registers one meeting message: `run` gets the sender's auth, the parsed input and the sender's connection. */
export type OnMeetingMessage = <T>(
  type: string,
  schema: z.ZodType<T>,
  who: 'anyone' | 'chair',
  run: (auth: MeetingAuth, input: T, client: MeetingClient) => unknown,
) => void;

/**
 * How every meeting message is handled: validated with its schema, checked that the sender may
 * send it, then acted on; a refusal is a notice to the sender and changes nothing.
 */
export function meetingMessageHandler(room: MeetingRoomControl, ctx: RoomContext): OnMeetingMessage {
  return (type, schema, who, run) => {
    room.onMessage(type, async (client: MeetingClient, payload: unknown) => {
      const auth = client.auth;
      if (!auth) return;
      const input = schema.safeParse(payload);
      if (!input.success) return tellRefused(client, 'invalid', describeZodError(input.error));
      if (who === 'chair' && !auth.chair) return tellRefused(client, 'chair_only', 'only the chair may do this');
      if (room.state.ended) return tellRefused(client, 'meeting_ended', 'the meeting has ended');
      try {
        await run(auth, input.data, client);
      } catch (err) {
        if (err instanceof Refusal) return tellRefusal(client, err.message, err.refusal);
        ctx.log.error({ err, type, meetingId: room.meetingId }, 'a meeting action failed');
        tellRefused(client, 'try_again', 'that did not work; please try again');
      }
    });
  };
}
