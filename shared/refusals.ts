import { z } from 'zod';

/**
 * Why the server refused something, as a code and parameters the client translates; the
 * server's English sentence still travels beside it for logs and API users, but the interface
 * shows only the translation. Times in `params` are ISO strings (keys `from`, `to`, `at`), so
 * the client can write them in the visitor's language and time zone.
 */
export const REFUSAL_CODES = [
  // Any request or message.
  'invalid',
  'not_allowed',
  'try_again',
  'rate_limited',
  'media_off',
  // Chat.
  'chat_self',
  'chat_nobody',
  'chat_no_message',
  // The stage and the meeting call.
  'track_not_published',
  'not_in_meeting',
  'floor_partly_muted',
  'nobody_waiting',
  'meeting_not_open',
  'host_not_removable',
  'leave_instead',
  'chair_only',
  'meeting_ended',
  'guest_busy',
  'e2ee_key',
  'e2ee_off',
  // Guided tours.
  'tour_already_leading',
  'tour_not_in_expo',
  'tour_ended',
  'tour_own',
  'tour_is_guide',
  'tour_not_leading',
  // Booking side meetings.
  'hall_booked',
  'person_busy',
  'just_booked',
  'meeting_cancelled',
  'meeting_over',
  'meeting_not_yet_open',
  'start_past',
  'start_too_far',
  'no_hall',
  'no_invitee',
  // Setting up the event.
  'pavilion_full',
  'booth_exists',
  'booth_not_empty',
  'import_has_errors',
  'booth_name_taken',
  'import_nothing',
  // Organisers' tools.
  'moderate_self',
  'report_closed',
  'no_booth',
  'hall_in_use',
  'slot_overlap',
  'hall_too_small',
] as const;
export const RefusalCode = z.enum(REFUSAL_CODES);
export type RefusalCode = z.infer<typeof RefusalCode>;

export const Refusal = z.object({
  code: RefusalCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Refusal = z.infer<typeof Refusal>;

/**
 * The parameters each code's sentence needs, so a sending site that forgets one fails to
 * compile instead of showing "{{name}}" or an empty gap; codes not listed take none. On the
 * wire `params` stays a loose record, so a newer server's extra parameter breaks nothing.
 */
export const REFUSAL_PARAMS = {
  guest_busy: z.object({ name: z.string() }),
  hall_booked: z.object({ hallId: z.string(), hall: z.string(), from: z.string(), to: z.string() }),
  person_busy: z.object({ name: z.string(), from: z.string(), to: z.string() }),
  meeting_not_yet_open: z.object({ at: z.string() }),
  start_too_far: z.object({ days: z.number() }),
  slot_overlap: z.object({ title: z.string(), from: z.string(), to: z.string() }),
  hall_too_small: z.object({ title: z.string(), at: z.string(), invited: z.number() }),
  pavilion_full: z.object({ max: z.number() }),
  booth_exists: z.object({ id: z.string() }),
  booth_not_empty: z.object({ leads: z.number(), visits: z.number() }),
  import_has_errors: z.object({ rows: z.number() }),
  booth_name_taken: z.object({ name: z.string() }),
} satisfies Partial<Record<RefusalCode, z.ZodType<Record<string, string | number>>>>;
type CodeWithParams = keyof typeof REFUSAL_PARAMS;

/** What follows a code in `refusal(code, ...)`: its parameters if its sentence has any, else nothing. */
export type RefusalArgs<C extends RefusalCode> = C extends CodeWithParams
  ? [params: z.infer<(typeof REFUSAL_PARAMS)[C]>]
  : [];

/** Parameters that are instants, written by the client as dates and times in the interface language. */
export const REFUSAL_TIME_PARAMS = ['from', 'to', 'at'] as const;

export function refusal<C extends RefusalCode>(code: C, ...[params]: RefusalArgs<C>): Refusal {
  return params ? { code, params } : { code };
}

/** A refusal as the server hands it on: its English sentence for logs and API users, and the code for people. */
export interface Refused {
  message: string;
  refusal: Refusal;
}

export function refused<C extends RefusalCode>(code: C, message: string, ...params: RefusalArgs<C>): Refused {
  return { message, refusal: refusal(code, ...params) };
}
