import { z } from 'zod';
import { CountryId } from './countries.ts';

const Count = z.number().int().nonnegative();

/** One instance of a room (a plaza or a pavilion overflows into several) and the seats taken in it. */
export const RoomInstance = z.object({ roomId: z.string(), people: Count });
export type RoomInstance = z.infer<typeof RoomInstance>;

export const PavilionOnline = z.object({ pavilionId: CountryId, people: Count, instances: z.array(RoomInstance) });
export type PavilionOnline = z.infer<typeof PavilionOnline>;

/**
 * A pavilion's stage now. Everyone inside a pavilion (any instance) is its stage's audience: the
 * client joins the stage's sound and picture on walking in and leaves on walking out.
 */
export const StageNow = z.object({
  pavilionId: CountryId,
  audience: Count,
  /** The slot on the agenda now, if any. */
  onNow: z.object({ title: z.string(), speakerName: z.string(), endsAt: z.string() }).nullable(),
  handsRaised: Count,
  /** People an organiser let speak. */
  speaking: Count,
});
export type StageNow = z.infer<typeof StageNow>;

export const BoothFigure = z.object({ boothId: z.string(), count: Count });
export type BoothFigure = z.infer<typeof BoothFigure>;

export const MeetingNow = z.object({
  meetingId: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** On the list and not declined, host included. */
  invited: Count,
  /** Connected to the meeting's room now. */
  present: Count,
});
export type MeetingNow = z.infer<typeof MeetingNow>;

/** The organisers' live dashboard: `GET /api/dashboard`, and each line of `GET /api/dashboard/live`. */
export const DashboardSnapshot = z.object({
  /** When the figures were taken. */
  at: z.string(),
  online: z.object({
    total: Count,
    plaza: z.object({ people: Count, instances: z.array(RoomInstance) }),
    pavilions: z.array(PavilionOnline),
  }),
  stages: z.array(StageNow),
  leads: z.object({ total: Count, topBooths: z.array(BoothFigure) }),
  visits: z.object({ total: Count, visitors: Count, topBooths: z.array(BoothFigure) }),
  meetingsNow: z.array(MeetingNow),
});
export type DashboardSnapshot = z.infer<typeof DashboardSnapshot>;

/** How many booths the top lists name. */
export const DASHBOARD_TOP = 5;
/** The live feed sends a new snapshot at most this often, and only when a figure changed. */
export const DASHBOARD_INTERVAL_MS = 2000;
/** A line that says nothing but "still here", so proxies and the client can tell a live feed from a dead one. */
export const DASHBOARD_HEARTBEAT_MS = 15_000;

export const DashboardLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: DashboardSnapshot }),
  z.object({ type: z.literal('ping') }),
]);
export type DashboardLine = z.infer<typeof DashboardLine>;
