import { MEETING_LIMITS } from '../../shared/meetings.ts';
import { refusal, type Refusal } from '../../shared/refusals.ts';

/** A start this little in the past still counts as now: the form was filled in a minute ago. */
const START_SLACK_MS = 5 * 60_000;

/** Why a meeting may not start then, or undefined when it may. */
export function startRefusal(startsAt: string, now: Date): { message: string; refusal: Refusal } | undefined {
  const start = Date.parse(startsAt);
  if (start < now.getTime() - START_SLACK_MS)
    return { message: 'startsAt: a meeting must start in the future', refusal: refusal('start_past') };
  const days = MEETING_LIMITS.maxDaysAhead;
  if (start > now.getTime() + days * 86_400_000)
    return {
      message: `startsAt: halls can be booked at most ${days} days ahead`,
      refusal: refusal('start_too_far', { days }),
    };
  return undefined;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const clock = (d: Date) => d.toISOString().slice(11, 16);

/** "10:00 UTC on 2026-12-01". */
export function describeInstant(at: Date): string {
  return `${clock(at)} UTC on ${day(at)}`;
}

/** "from 10:00 to 11:00 UTC on 2026-12-01", or with both days when the range crosses midnight. */
export function describeRange(startsAt: Date, endsAt: Date): string {
  if (day(startsAt) === day(endsAt)) return `from ${clock(startsAt)} to ${clock(endsAt)} UTC on ${day(startsAt)}`;
  return `from ${clock(startsAt)} UTC on ${day(startsAt)} to ${clock(endsAt)} UTC on ${day(endsAt)}`;
}
