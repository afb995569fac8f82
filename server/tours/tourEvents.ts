import { z } from 'zod';
import { SessionUser } from '../../shared/api.ts';
import { TOUR_END_REASONS } from '../../shared/tours.ts';

/** One tour as every process keeps it; the process that started it moves its members along. */
export const SharedTour = z.object({
  id: z.string(),
  title: z.string(),
  guide: SessionUser,
  members: z.array(z.string()),
});
export type SharedTour = z.infer<typeof SharedTour>;

/** The changes to the tours, applied by every process in the bus's order. */
export const TourEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started'), tour: SharedTour }),
  z.object({ kind: z.literal('joined'), tourId: z.string(), userId: z.string() }),
  z.object({ kind: z.literal('left'), userId: z.string() }),
  z.object({ kind: z.literal('ended'), guideId: z.string(), reason: z.enum(TOUR_END_REASONS) }),
  /** A process started: the others tell it the tours they started. */
  z.object({ kind: z.literal('hello') }),
  /** The tours the sender started: the answer to `hello`, and now and then again to repair a lost `started`. */
  z.object({ kind: z.literal('running'), tours: z.array(SharedTour) }),
  /** The sender still runs; the tours of a sender that falls silent are taken over. */
  z.object({ kind: z.literal('alive') }),
  /** The sender moves the tour along from now on, its starting process having fallen silent (`from`). */
  z.object({ kind: z.literal('adopted'), tourId: z.string(), from: z.string() }),
]);
export type TourEvent = z.infer<typeof TourEvent>;
