import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Place, RoomId, UserId } from './find.ts';
import type { Role } from './roles.ts';
import { Refusal } from './refusals.ts';

/**
 * Guided tours: a guide leads a group between the plaza and the pavilions; members follow the
 * guide from room to room automatically and may leave at any time. Room messages and the list.
 */

/** Who may lead a tour (`tour.lead`): the people who know the pavilions. */
export const TOUR_GUIDE_ROLES: readonly Role[] = ['organiser', 'exhibitor'];

export const TOUR_LIMITS = { maxTitle: 80 } as const;

export const TourId = z.uuid('not a tour id');

export const TourStart = z.object({
  title: z
    .string({ error: 'title: give the tour a title' })
    .trim()
    .min(1, 'give the tour a title')
    .max(TOUR_LIMITS.maxTitle, `use at most ${TOUR_LIMITS.maxTitle} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'control characters are not allowed'),
});
export type TourStart = z.infer<typeof TourStart>;

export const TourRef = z.object({ tourId: TourId });
export type TourRef = z.infer<typeof TourRef>;

/** Leaving and ending a tour say nothing more than their name. */
export const TourCommand = z.object({}).strict();

/** A tour running now, as anyone may see it. */
export const TourSummary = z.object({
  id: TourId,
  title: z.string(),
  guideId: UserId,
  guideName: z.string(),
  guideCountry: CountryId,
  /** Where the guide is now. */
  place: Place,
  members: z.number().int().nonnegative(),
});
export type TourSummary = z.infer<typeof TourSummary>;

export const TourList = z.object({ tours: z.array(TourSummary) });
export type TourList = z.infer<typeof TourList>;

/** server → client: the tour this person leads or follows, after every change; `tour: null` when none. */
export const TourState = z.object({
  tour: TourSummary.nullable(),
  role: z.enum(['guide', 'member']).nullable(),
});
export type TourState = z.infer<typeof TourState>;

/** server → client: the guide went into another room; join it beside them (`near: guideId`). */
export const TourFollow = z.object({ tourId: TourId, guideId: UserId, place: Place, roomId: RoomId });
export type TourFollow = z.infer<typeof TourFollow>;

export const TOUR_END_REASONS = ['ended', 'guide_left'] as const;
export const TourEnded = z.object({ tourId: TourId, title: z.string(), reason: z.enum(TOUR_END_REASONS) });
export type TourEnded = z.infer<typeof TourEnded>;

export const TourMessages = {
  /** client → server (guides): `{ title }`. */
  start: 'tour.start',
  /** client → server: `{ tourId }`. */
  join: 'tour.join',
  /** client → server: leave the tour one follows. */
  leave: 'tour.leave',
  /** client → server (its guide): end the tour one leads. */
  end: 'tour.end',
  /** server → the guide's room: a TourSummary, "X is starting a tour". */
  announced: 'tour.announced',
  /** server → client: a TourState. */
  state: 'tour.state',
  /** server → member: a TourFollow. */
  follow: 'tour.follow',
  /** server → members: a TourEnded. */
  ended: 'tour.ended',
  /** server → client: a refused tour message, `{ message, refusal }` (a TourRefused). */
  refused: 'tour.refused',
} as const;

/** A code this client does not know still tells the visitor the tour was refused, without the why. */
export const TourRefused = z.object({ message: z.string(), refusal: Refusal.optional().catch(undefined) });
export type TourRefused = z.infer<typeof TourRefused>;
