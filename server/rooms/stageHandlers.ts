import type { Room } from '@colyseus/core';
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api.ts';
import type { CountryId } from '../../shared/countries.ts';
import { describeZodError } from '../../shared/errors.ts';
import {
  HandRequest,
  MuteTrackRequest,
  PersonRequest,
  QuestionAsk,
  QuestionRef,
  StageMessages,
  stageRoomName,
  type QuestionList,
} from '../../shared/stage.ts';
import { can, type Action } from '../auth/permissions.ts';
import { addQuestion, markAnswered, toggleVote, type StoredQuestion } from '../db/stageStore.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import type { RoomContext } from './roomContext.ts';
import { refused, type Refused } from '../../shared/refusals.ts';
import { tellRefusal, tellRefused } from './refusedNotice.ts';

const MEDIA_OFF = refused('media_off', 'voice and video are off on this server');

function forViewer(questions: StoredQuestion[], userId: string): QuestionList {
  return { questions: questions.map(({ voters, ...q }) => ({ ...q, votedByMe: voters.includes(userId) })) };
}

/**
 * The stage's messages in a pavilion room: hands, the organiser's control of who speaks,
 * and questions. Each handler validates, checks permission, then acts; the stage hub keeps
 * what all instances of the pavilion share.
 */
export function attachStage(room: Room, ctx: RoomContext, pavilionId: CountryId): () => void {
  const stageRoom = stageRoomName(pavilionId);

  /**
   * Registers a handler that runs only for a valid payload from someone allowed to send it. A
   * handler that returns a reason could not do it, and the sender is told why.
   */
  function on<T>(
    type: string,
    schema: z.ZodType<T>,
    action: Action,
    run: (user: SessionUser, input: T) => Promise<Refused | void> | Refused | void,
  ) {
    room.onMessage(type, async (client: ExpoClient, payload: unknown) => {
      const user = client.auth?.user;
      if (!user) return;
      if (!can(user, action, pavilionId))
        return tellRefused(client, 'not_allowed', `the ${user.role} role may not do this (${action})`);
      const input = schema.safeParse(payload);
      if (!input.success) return tellRefused(client, 'invalid', describeZodError(input.error));
      try {
        const reason = await run(user, input.data);
        if (reason) tellRefusal(client, reason.message, reason.refusal);
      } catch (err) {
        ctx.log.error({ err, type, pavilionId }, 'a stage action failed');
        tellRefused(client, 'try_again', 'that did not work; please try again');
      }
    });
  }

  on(StageMessages.hand, HandRequest, 'stage.participate', (user, { raised }) =>
    ctx.stage.raiseHand(pavilionId, user, raised),
  );
  on(StageMessages.promote, PersonRequest, 'stage.moderate', (_u, { userId }) => ctx.stage.promote(pavilionId, userId));
  on(StageMessages.demote, PersonRequest, 'stage.moderate', (_u, { userId }) => ctx.stage.demote(pavilionId, userId));
  on(StageMessages.muteTrack, MuteTrackRequest, 'stage.moderate', async (_u, { userId, trackSid }) => {
    if (!ctx.media) return MEDIA_OFF;
    if (!(await ctx.media.muteTrack(stageRoom, userId, trackSid)))
      return refused('track_not_published', 'that track is not published');
  });
  on(StageMessages.remove, PersonRequest, 'stage.moderate', async (_u, { userId }) => {
    await ctx.stage.demote(pavilionId, userId);
    await ctx.media?.removeParticipant(stageRoom, userId);
  });
  on(StageMessages.ask, QuestionAsk, 'stage.participate', async (user, { text }) => {
    await addQuestion(ctx.db, pavilionId, user, text);
    await ctx.stage.questionsChanged(pavilionId);
  });
  on(StageMessages.vote, QuestionRef, 'stage.participate', async (user, { id }) => {
    if (await toggleVote(ctx.db, pavilionId, id, user.id)) await ctx.stage.questionsChanged(pavilionId);
  });
  on(StageMessages.answer, QuestionRef, 'stage.moderate', async (_u, { id }) => {
    if (await markAnswered(ctx.db, pavilionId, id)) await ctx.stage.questionsChanged(pavilionId);
  });

  return ctx.stage.watch(
    pavilionId,
    (status) => room.broadcast(StageMessages.status, status),
    (questions) => {
      for (const client of room.clients as ExpoClient[]) {
        if (client.auth) client.send(StageMessages.questions, forViewer(questions, client.auth.user.id));
      }
    },
  );
}

/** What someone arriving in the pavilion needs to see of the stage at once. */
export async function greetAtStage(client: ExpoClient, ctx: RoomContext, pavilionId: CountryId): Promise<void> {
  const user = client.auth?.user;
  if (!user) return;
  client.send(StageMessages.status, ctx.stage.status(pavilionId));
  client.send(StageMessages.questions, forViewer(await ctx.stage.questions(pavilionId), user.id));
}
