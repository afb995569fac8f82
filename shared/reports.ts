import { z } from 'zod';
import { CountryId } from './countries.ts';
import { UserId } from './find.ts';
import { MODERATION_LIMITS } from './moderation.ts';
import { Role } from './roles.ts';

export const REPORT_REASONS = ['harassment', 'spam', 'inappropriate', 'impersonation', 'other'] as const;
export const ReportReason = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof ReportReason>;

export const REPORT_LIMITS = {
  detailsLength: 500,
  /** Reports one person may send in `windowMinutes`. */
  perWindow: 5,
  windowMinutes: 10,
  noteLength: 300,
  listed: 300,
} as const;

/** A visitor reports someone they saw at the event. */
export const ReportRequest = z.object({
  userId: UserId,
  reason: ReportReason,
  details: z.string().trim().max(REPORT_LIMITS.detailsLength).default(''),
});
export type ReportRequest = z.input<typeof ReportRequest>;

export const REPORT_OUTCOMES = ['dismissed', 'actioned'] as const;
export const ReportOutcome = z.enum(REPORT_OUTCOMES);
export type ReportOutcome = z.infer<typeof ReportOutcome>;

export const ReportResolution = z.object({
  outcome: ReportOutcome,
  note: z.string().trim().max(REPORT_LIMITS.noteLength).default(''),
});
export type ReportResolution = z.input<typeof ReportResolution>;

/** What an organiser can do to the person a report names. */
export const REPORT_ACTIONS = ['mute', 'remove', 'ban'] as const;
export const ReportAction = z.enum(REPORT_ACTIONS);
export type ReportAction = z.infer<typeof ReportAction>;

/**
 * Acting on an open report: the moderation action and its reason for the log, and the
 * organiser's own note on the report. The server takes the report and acts in one go.
 */
export const ReportActRequest = z.object({
  action: ReportAction,
  reason: z.string().trim().max(MODERATION_LIMITS.reasonLength).default(''),
  /** How long a mute lasts; a mute without it lasts until lifted. */
  minutes: z.number().int().min(1).max(MODERATION_LIMITS.maxMuteMinutes).optional(),
  note: z.string().trim().max(REPORT_LIMITS.noteLength).default(''),
});
export type ReportActRequest = z.input<typeof ReportActRequest>;

/** Someone as the report names them: the name, country and role of their session. */
export const ReportPerson = z.object({ id: z.string(), name: z.string(), country: CountryId, role: Role });
export type ReportPerson = z.infer<typeof ReportPerson>;

/** Where the reported person was when the report came in, if they were in a room then. */
export const ReportPlace = z.union([
  z.object({ kind: z.literal('plaza') }),
  z.object({ kind: z.literal('pavilion'), id: CountryId }),
]);
export type ReportPlace = z.infer<typeof ReportPlace>;

export const Report = z.object({
  id: z.string(),
  reporter: ReportPerson,
  reported: ReportPerson,
  reason: ReportReason,
  details: z.string(),
  place: ReportPlace.nullable(),
  at: z.string(),
  status: z.enum(['open', ...REPORT_OUTCOMES]),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** What was done to the reported person, for an actioned report. */
  action: ReportAction.nullable(),
  note: z.string(),
});
export type Report = z.infer<typeof Report>;

/** Open reports first (oldest first, to be handled in turn), then resolved ones, newest first. */
export const ReportList = z.object({
  reports: z.array(Report),
  /** Reports per reported person, all statuses: who is reported again and again. */
  counts: z.record(z.string(), z.number().int()),
});
export type ReportList = z.infer<typeof ReportList>;

/**
 * The presence channel on which a new report is announced to the rooms, and the message the
 * rooms pass on to the organisers in them (MESSAGES.reportFiled): who was reported.
 */
export const REPORT_CHANNEL = 'report.filed';
export const ReportFiled = z.object({ reportedName: z.string() });
export type ReportFiled = z.infer<typeof ReportFiled>;
