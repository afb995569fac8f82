import { z } from 'zod';
import { Instant } from './api.ts';
import { CountryId } from './countries.ts';
import { Lang } from './languages.ts';
import { Role } from './roles.ts';

/**
 * Private side meetings: halls named after the member states' capitals, bookings that may not
 * overlap for a hall or for a person, invitations answered by each invitee, and who may enter.
 */

export const MEETING_LIMITS = {
  titleLength: 120,
  /** People on one invitation list, the host not counted. */
  invitees: 40,
  /** Shortest and longest booking. */
  minMinutes: 15,
  maxMinutes: 8 * 60,
  /** How far ahead a hall can be booked. */
  maxDaysAhead: 365,
  /** Invited people may enter the meeting this long before it starts. */
  earlyMinutes: 15,
} as const;

/** The LiveKit room and Colyseus room of one meeting. */
export function meetingRoomName(meetingId: string): string {
  return `meeting-${meetingId}`;
}

/** server → client messages about meetings, sent in whatever room the person is in. */
export const MeetingMessages = {
  /** `{ meetingId }`: a meeting on the person's list was booked, changed, cancelled or answered. */
  changed: 'meetings.changed',
} as const;

export const HallId = z.string().regex(/^[a-z][a-z-]{1,31}$/, 'not a hall id');

export const MeetingHall = z.object({
  id: HallId,
  /** As organisers named it; the seeded halls' English names are translated (shared/hallNames.ts). */
  name: z.string(),
  country: CountryId,
  seats: z.number().int().positive(),
});
export type MeetingHall = z.infer<typeof MeetingHall>;

export const HallList = z.object({ halls: z.array(MeetingHall) });
export type HallList = z.infer<typeof HallList>;

export const MeetingId = z.uuid('not a meeting id');

/** Asking when a hall is taken: a window of at most a month. */
const MAX_BUSY_DAYS = 31;
export const BusyQuery = z
  .object({ from: Instant, to: Instant })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'must come after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_BUSY_DAYS * 86_400_000, {
    message: `ask for at most ${MAX_BUSY_DAYS} days at a time`,
    path: ['to'],
  });

const Title = z.string().trim().min(1, 'give the meeting a title').max(MEETING_LIMITS.titleLength);

/** When a hall is taken; no title or people, so it can be shown to anyone who may book. */
export const BusyRange = z.object({ startsAt: z.string(), endsAt: z.string() });
export type BusyRange = z.infer<typeof BusyRange>;
export const HallBusy = z.object({ hallId: HallId, busy: z.array(BusyRange) });
export type HallBusy = z.infer<typeof HallBusy>;

function fitsLimits(m: { startsAt: string; endsAt: string }): boolean {
  const minutes = (Date.parse(m.endsAt) - Date.parse(m.startsAt)) / 60_000;
  return minutes >= MEETING_LIMITS.minMinutes && minutes <= MEETING_LIMITS.maxMinutes;
}
const LENGTH_MESSAGE = `a meeting lasts from ${MEETING_LIMITS.minMinutes} minutes to ${MEETING_LIMITS.maxMinutes / 60} hours`;

export const MeetingRequest = z
  .object({
    hallId: HallId,
    title: Title,
    startsAt: Instant,
    endsAt: Instant,
    /** User ids of the people invited; the host is added on their own. */
    invitees: z.array(z.uuid()).max(MEETING_LIMITS.invitees).default([]),
    /** Languages interpreted in this meeting. */
    languages: z.array(Lang).max(9).default([]),
    /** No recording or egress is possible; shown to everyone in the meeting. */
    noRecording: z.boolean().default(true),
    /** Voice and video end-to-end encrypted with a key only the people in the meeting hold. */
    e2ee: z.boolean().default(false),
  })
  .refine((m) => Date.parse(m.endsAt) > Date.parse(m.startsAt), {
    message: 'the meeting must end after it starts',
    path: ['endsAt'],
  })
  .refine(fitsLimits, { message: LENGTH_MESSAGE, path: ['endsAt'] });
export type MeetingRequest = z.input<typeof MeetingRequest>;

/** A host's change: any field left out stays as it was. */
export const MeetingChange = z
  .object({
    hallId: HallId,
    title: Title,
    startsAt: Instant,
    endsAt: Instant,
    invitees: z.array(z.uuid()).max(MEETING_LIMITS.invitees),
    languages: z.array(Lang).max(9),
    noRecording: z.boolean(),
    e2ee: z.boolean(),
  })
  .partial()
  .refine((m) => (m.startsAt === undefined) === (m.endsAt === undefined), {
    message: 'change the start and the end together',
    path: ['endsAt'],
  })
  .refine((m) => m.startsAt === undefined || Date.parse(m.endsAt!) > Date.parse(m.startsAt), {
    message: 'the meeting must end after it starts',
    path: ['endsAt'],
  })
  .refine((m) => m.startsAt === undefined || fitsLimits(m as { startsAt: string; endsAt: string }), {
    message: LENGTH_MESSAGE,
    path: ['endsAt'],
  });
export type MeetingChange = z.input<typeof MeetingChange>;

export const RSVP = z.enum(['invited', 'accepted', 'declined']);
export type RSVP = z.infer<typeof RSVP>;

export const MeetingResponse = z.object({ answer: z.enum(['accepted', 'declined']) });
export type MeetingResponse = z.infer<typeof MeetingResponse>;

export const MeetingPerson = z.object({
  userId: z.string(),
  name: z.string(),
  country: CountryId,
  role: Role,
  /** An official: a delegate, organiser or interpreter who came in through an invitation. */
  verified: z.boolean(),
  rsvp: RSVP,
  host: z.boolean(),
});
export type MeetingPerson = z.infer<typeof MeetingPerson>;

export const MeetingStatus = z.enum(['scheduled', 'cancelled', 'ended']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** A meeting as the people on its list see it. */
export const Meeting = z.object({
  id: z.string(),
  hallId: HallId,
  /** The hall's name as organisers last set it (shared/hallNames.ts says how it is shown). */
  hallName: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hostId: z.string(),
  status: MeetingStatus,
  languages: z.array(Lang),
  noRecording: z.boolean(),
  e2ee: z.boolean(),
  people: z.array(MeetingPerson),
  /** Bumped by every change, so invitees can tell they have not seen this version. */
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingList = z.object({ meetings: z.array(Meeting) });
export type MeetingList = z.infer<typeof MeetingList>;

/** Someone who can be invited: officials who came in through an invitation. */
export const Invitable = z.object({ userId: z.string(), name: z.string(), country: CountryId, role: Role });
export type Invitable = z.infer<typeof Invitable>;
export const InvitableList = z.object({ people: z.array(Invitable) });
export type InvitableList = z.infer<typeof InvitableList>;
export const InvitableQuery = z.object({ q: z.string().trim().max(40).default('') });
