import { z } from 'zod';
import { SessionUser } from '../../shared/api.ts';
import { Place } from '../../shared/find.ts';

/** One person in one room of the process that tells it; `at` orders arrivals across processes. */
export const PresenceSeen = z.object({
  user: SessionUser,
  place: Place,
  roomId: z.string(),
  sessionId: z.string(),
  at: z.number(),
  /** Their connection is down and their seat held. */
  away: z.boolean(),
});
export type PresenceSeen = z.infer<typeof PresenceSeen>;

/** What processes tell each other of who is in their rooms, on the presence bus. */
export const PresenceEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('arrived'), seen: PresenceSeen }),
  z.object({ kind: z.literal('departed'), userId: z.string(), sessionId: z.string() }),
  /** A connection dropped (its seat held) or came back. */
  z.object({ kind: z.literal('away'), userId: z.string(), sessionId: z.string(), away: z.boolean() }),
  /** A process started: everyone, tell me who is in your rooms. */
  z.object({ kind: z.literal('hello') }),
  /** The answer to `hello`: everyone in the sender's rooms now. */
  z.object({ kind: z.literal('present'), everyone: z.array(PresenceSeen) }),
  /** The sender still runs; people it told of are dropped when it falls silent. */
  z.object({ kind: z.literal('alive') }),
]);
export type PresenceEvent = z.infer<typeof PresenceEvent>;
