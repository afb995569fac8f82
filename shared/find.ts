import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Role } from './roles.ts';

/**
 * Finding people across the whole event: the HTTP search, and the room messages that take a
 * visitor next to someone they found.
 */

export const FIND_LIMITS = {
  /** Shorter queries would list half the event. */
  minQuery: 2,
  maxQuery: 60,
  maxResults: 30,
  /** Jumps a person may make: a few in a row, then one every few seconds. */
  jumpBurst: 3,
  jumpsPerSecond: 0.2,
} as const;

/** A person's id as sessions give them out. */
export const UserId = z.uuid('not a person id');
/** A Colyseus room id: one instance of the plaza or of a pavilion. */
export const RoomId = z.string().regex(/^[\w-]{1,64}$/, 'not a room id');

/** Where someone is: the plaza or inside one pavilion (the same shape as the world's Zone). */
export const Place = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plaza') }),
  z.object({ kind: z.literal('pavilion'), id: CountryId }),
]);
export type Place = z.infer<typeof Place>;

/** GET /api/people?q=: at least two characters of a name or an organisation. */
export const PeopleQuery = z.object({
  q: z
    .string({ error: 'q: type what to search for' })
    .trim()
    .min(FIND_LIMITS.minQuery, `type at least ${FIND_LIMITS.minQuery} characters`)
    .max(FIND_LIMITS.maxQuery, `use at most ${FIND_LIMITS.maxQuery} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'control characters are not allowed'),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/**
 * Someone present now who matches a search. `findable` is false only for someone in the
 * searcher's own room who does not let others come to them: they are seen there anyway, but
 * nobody is offered a way to them, and they never appear in a search from another room.
 */
export const FoundPerson = z.object({
  userId: UserId,
  name: z.string(),
  country: CountryId,
  role: Role,
  organisation: z.string(),
  place: Place,
  findable: z.boolean(),
});
export type FoundPerson = z.infer<typeof FoundPerson>;

export const PeopleFound = z.object({ people: z.array(FoundPerson) });
export type PeopleFound = z.infer<typeof PeopleFound>;

export const FindMessages = {
  /** client → server: put me next to this person now: `{ userId }`. */
  jump: 'find.jump',
  /** server → client: you were moved within this room and stand here now (a JumpPlaced). */
  placed: 'find.placed',
  /** server → client: they are in another room; join it with `near` to arrive beside them (a JumpElsewhere). */
  elsewhere: 'find.elsewhere',
  /** server → client: the jump was refused, or a `near` join could not place you beside them (a JumpRefused). */
  refused: 'find.refused',
  /**
   * client → server: while I walk to this person in my room, send me their movements even when
   * they are beyond the few nearest I normally see (a WatchRequest); `{ userId: null }` stops.
   * Refused like a jump (a JumpRefused) when they are not findable or not in this room.
   */
  watch: 'find.watch',
} as const;

export const WatchRequest = z.object({ userId: UserId.nullable() });
export type WatchRequest = z.infer<typeof WatchRequest>;

export const JumpRequest = z.object({ userId: UserId });
export type JumpRequest = z.infer<typeof JumpRequest>;

export const JumpPlaced = z.object({ userId: UserId, x: z.number(), z: z.number(), ry: z.number() });
export type JumpPlaced = z.infer<typeof JumpPlaced>;

/** `roomId` names the very instance: a zone may have several, and only one of them holds the person. */
export const JumpElsewhere = z.object({ userId: UserId, place: Place, roomId: RoomId });
export type JumpElsewhere = z.infer<typeof JumpElsewhere>;

export const JUMP_REFUSALS = ['not_here', 'not_findable', 'self', 'throttled', 'invalid'] as const;
export const JumpRefused = z.object({ reason: z.enum(JUMP_REFUSALS), message: z.string() });
export type JumpRefused = z.infer<typeof JumpRefused>;
