import type { Lang } from '../../../shared/languages.ts';
import { MeetingRequest, MEETING_LIMITS, type Invitable, type Meeting } from '../../../shared/meetings.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { dayOf, instantOf, nextQuarter, timeOf } from '../../state/dayTime.ts';

/** The booking form as typed: a hall, a day and time in the visitor's zone, a length, a title and the people. */
export interface BookingDraft {
  hallId: string;
  day: string;
  time: string;
  minutes: number;
  title: string;
  /** Kept whole (not just ids) so the chips can show names and flags. */
  invitees: Invitable[];
  languages: Lang[];
  noRecording: boolean;
  e2ee: boolean;
}

export type BookingField = 'hall' | 'when' | 'title' | 'invitees';
export type BookingErrors = Partial<Record<BookingField, FieldError>>;

/** Every length the form offers: quarter hours from the shortest to the longest booking. */
export const DURATIONS: readonly number[] = Array.from(
  { length: (MEETING_LIMITS.maxMinutes - MEETING_LIMITS.minMinutes) / 15 + 1 },
  (_, i) => MEETING_LIMITS.minMinutes + i * 15,
);

export function newDraft(now = new Date()): BookingDraft {
  const start = nextQuarter(now);
  return {
    hallId: '',
    day: dayOf(start),
    time: timeOf(start),
    minutes: 60,
    title: '',
    invitees: [],
    languages: [],
    noRecording: true,
    e2ee: false,
  };
}

/** The host's meeting back in the form, everyone but the host on the invitation list. */
export function draftOf(meeting: Meeting): BookingDraft {
  const start = new Date(meeting.startsAt);
  return {
    hallId: meeting.hallId,
    day: dayOf(start),
    time: timeOf(start),
    minutes: Math.round((Date.parse(meeting.endsAt) - start.getTime()) / 60_000),
    title: meeting.title,
    invitees: meeting.people
      .filter((p) => !p.host)
      .map(({ userId, name, country, role }) => ({ userId, name, country, role })),
    languages: meeting.languages,
    noRecording: meeting.noRecording,
    e2ee: meeting.e2ee,
  };
}

/** When the draft would take place, if its day and time are filled in. */
export function rangeOf(draft: BookingDraft): { startsAt: string; endsAt: string } | null {
  const start = instantOf(draft.day, draft.time);
  if (!start) return null;
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + draft.minutes * 60_000).toISOString() };
}

const FIELD_OF: Record<string, BookingField> = {
  hallId: 'hall',
  title: 'title',
  startsAt: 'when',
  endsAt: 'when',
  invitees: 'invitees',
};

function explain(field: BookingField, draft: BookingDraft): FieldError {
  if (field === 'hall') return { key: 'meetings.validation.hall', langs: [] };
  if (field === 'title')
    return draft.title.trim() === ''
      ? { key: 'meetings.validation.title', langs: [] }
      : { key: 'exhibitor.validation.tooLong', values: { max: MEETING_LIMITS.titleLength }, langs: [] };
  if (field === 'invitees')
    return { key: 'meetings.validation.invitees', values: { max: MEETING_LIMITS.invitees }, langs: [] };
  return { key: 'meetings.validation.when', langs: [] };
}

export type BookingCheck = { ok: true; request: MeetingRequest } | { ok: false; errors: BookingErrors };

/**
 * Checks the draft with the schema the server uses, and that it does not start in the past; `keptStart`,
 * the start of a meeting being changed, may stay as it is (a host may retitle a meeting under way).
 */
export function checkBooking(draft: BookingDraft, keptStart?: string, now = Date.now()): BookingCheck {
  const range = rangeOf(draft);
  const errors: BookingErrors = {};
  const moved = range && (!keptStart || Date.parse(range.startsAt) !== Date.parse(keptStart));
  if (!range) errors.when = { key: 'meetings.validation.when', langs: [] };
  else if (moved && Date.parse(range.startsAt) < now) errors.when = { key: 'meetings.validation.past', langs: [] };
  const result = MeetingRequest.safeParse({
    hallId: draft.hallId,
    title: draft.title,
    ...(range ?? { startsAt: '', endsAt: '' }),
    invitees: draft.invitees.map((p) => p.userId),
    languages: draft.languages,
    noRecording: draft.noRecording,
    e2ee: draft.e2ee,
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = FIELD_OF[String(issue.path[0])] ?? 'when';
      errors[field] ??= explain(field, draft);
    }
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: result.data };
}
