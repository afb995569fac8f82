import type { Refusal } from '../../shared/refusals.ts';

/**
 * Why a meeting could not be booked, read, changed or answered, in words fit to show the person.
 * `conflict` is a clash of hall or person that the database refused; `closed` a meeting that was
 * cancelled or is over; `not_found` also covers a meeting the person is not on the list of.
 */
export type MeetingErrorKind = 'invalid' | 'not_found' | 'forbidden' | 'closed' | 'conflict';

export class MeetingError extends Error {
  constructor(
    readonly kind: MeetingErrorKind,
    message: string,
    /** The reason as a code for the client to translate (none where the kind says it all). */
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

/** The same answer whether the meeting does not exist or the person is not on its list, so neither leaks. */
export function noSuchMeeting(): MeetingError {
  return new MeetingError('not_found', 'no such meeting');
}
