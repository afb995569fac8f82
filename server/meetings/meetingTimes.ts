import { MEETING_LIMITS } from '../../shared/meetings.ts';

/** A start this little in the past still counts as now: the form was filled in a minute ago. */
const START_SLACK_MS = 5 * 60_000;

/** Why a meeting may not start then, or undefined when it may. */
export function startRefusal(startsAt: string, now: Date): string | undefined {
  const start = Date.parse(startsAt);
  if (start < now.getTime() - START_SLACK_MS) return 'startsAt: a meeting must start in the future';
  if (start > now.getTime() + MEETING_LIMITS.maxDaysAhead * 86_400_000)
    return `startsAt: halls can be booked at most ${MEETING_LIMITS.maxDaysAhead} days ahead`;
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
