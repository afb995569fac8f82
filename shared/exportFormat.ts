import { z } from 'zod';
import { Announcement } from './announcements.ts';
import { BusinessCard } from './cards.ts';
import { ExpoEvent, Pavilion } from './catalogue.ts';
import { CountryId } from './countries.ts';
import { InviteSummary } from './invites.ts';
import { Lead } from './leads.ts';
import { Meeting } from './meetings.ts';
import { ModerationRecord } from './moderation.ts';
import { REPORT_OUTCOMES, ReportAction, ReportPlace, ReportReason } from './reports.ts';
import { StageSlot } from './stage.ts';

/**
 * The file `GET /api/export` writes: every piece of the event's data, one list of rows per
 * section. A reader keeps working when a newer server adds sections (`sections` lets unknown
 * ones through).
 *
 * Left out on purpose:
 * - invitation codes and their hashes, session tokens, secrets: they would let the file's
 *   reader in as someone else;
 * - direct chat messages: they are private between two people, and the event's records are no
 *   reason for organisers to read them (room and nearby chat, said in front of others, is in);
 * - the text of a deleted chat message: an organiser removed it, so the file keeps only who
 *   said something when, and who removed it;
 * - uploaded files' bytes (the booths carry their files' URLs), and what lives only in the
 *   rooms' memory (positions, raised hands, who is on a call now).
 */
export const EXPORT_FORMAT = 'turkic-metaverse-event-export';
export const EXPORT_VERSION = 1;

const Instant = z.string();

export const ExportedHall = z.object({
  id: z.string(),
  name: z.string(),
  country: CountryId,
  seats: z.number().int(),
  /** When an organiser took the hall out of use; past meetings still name it. */
  retiredAt: Instant.nullable(),
});

export const ExportedQuestion = z.object({
  id: z.string(),
  pavilionId: z.string(),
  fromId: z.string(),
  name: z.string(),
  text: z.string(),
  answered: z.boolean(),
  votes: z.number().int(),
  createdAt: Instant,
});

/** A meeting with its whole list: who was invited, who answered what, who hosted. */
export const ExportedMeeting = Meeting.omit({ people: true }).extend({
  createdAt: Instant,
  people: z.array(Meeting.shape.people.element),
});

export const ExportedVisit = z.object({
  id: z.string(),
  boothId: z.string(),
  visitorId: z.string(),
  startedAt: Instant,
  endedAt: Instant,
  dwellMs: z.number().int(),
});

export const ExportedCardExchange = z.object({
  id: z.string(),
  place: z.string(),
  exchangedAt: Instant,
  cards: z.tuple([BusinessCard, BusinessCard]),
});

/** Someone who came to the event (a session: name, country, role), with the profile they filled in. */
export const ExportedPerson = z.object({
  userId: z.string(),
  name: z.string(),
  country: z.string(),
  role: z.string(),
  scope: z.string().nullable(),
  inviteId: z.string().nullable(),
  createdAt: Instant,
  profile: z
    .object({
      organisation: z.string(),
      title: z.string(),
      email: z.string(),
      phone: z.string(),
      website: z.string(),
      findable: z.boolean(),
    })
    .nullable(),
});

export const ExportedRestriction = z.object({
  userId: z.string(),
  kind: z.enum(['mute', 'ban']),
  until: Instant.nullable(),
  reason: z.string(),
  createdAt: Instant,
});

/** A visitor's report as filed and resolved; both people are in `people` under their ids. */
export const ExportedReport = z.object({
  id: z.string(),
  reporterId: z.string(),
  reportedId: z.string(),
  reason: ReportReason,
  details: z.string(),
  place: ReportPlace.nullable(),
  at: Instant,
  status: z.enum(['open', ...REPORT_OUTCOMES]),
  resolvedBy: z.string().nullable(),
  resolvedAt: Instant.nullable(),
  /** What the organiser did about it from the report (mute, remove, ban), if anything. */
  action: ReportAction.nullable(),
  note: z.string(),
});

/** A room or nearby chat message; a deleted one has no text. */
export const ExportedChatMessage = z.object({
  id: z.string(),
  kind: z.enum(['room', 'nearby']),
  /** The room instance's channel it was said in. */
  room: z.string(),
  fromId: z.string(),
  name: z.string(),
  country: z.string(),
  role: z.string(),
  at: Instant,
  text: z.string().nullable(),
  deletedAt: Instant.nullable(),
  deletedBy: z.string().nullable(),
});

/** Each section's rows; a new section is one line here and one in server/export/sections.ts. */
export const EXPORT_SECTIONS = {
  event: ExpoEvent,
  pavilions: Pavilion,
  meetingHalls: ExportedHall,
  stageSlots: StageSlot,
  stageQuestions: ExportedQuestion,
  meetings: ExportedMeeting,
  invitations: InviteSummary.strict(),
  people: ExportedPerson,
  leads: Lead,
  boothVisits: ExportedVisit,
  cardExchanges: ExportedCardExchange,
  moderationLog: ModerationRecord,
  restrictions: ExportedRestriction,
  announcements: Announcement,
  reports: ExportedReport,
  chat: ExportedChatMessage,
} as const;
export type ExportSectionName = keyof typeof EXPORT_SECTIONS;
export type ExportRow<N extends ExportSectionName> = z.infer<(typeof EXPORT_SECTIONS)[N]>;

const sectionLists = Object.fromEntries(Object.entries(EXPORT_SECTIONS).map(([name, row]) => [name, z.array(row)])) as {
  [N in ExportSectionName]: z.ZodArray<(typeof EXPORT_SECTIONS)[N]>;
};

export const EventExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  eventId: z.string(),
  exportedAt: Instant,
  sections: z.looseObject(sectionLists),
});
export type EventExport = z.infer<typeof EventExport>;
