import { MEETING_LIMITS, type Meeting, type MeetingPerson } from '../../shared/meetings.ts';

/** Still to come or on now, soonest first; then the ones over or called off, latest first. */
export function splitAgenda(meetings: readonly Meeting[], now: number): { upcoming: Meeting[]; earlier: Meeting[] } {
  const isUpcoming = (m: Meeting) => m.status === 'scheduled' && Date.parse(m.endsAt) > now;
  const byStart = (a: Meeting, b: Meeting) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  return {
    upcoming: meetings.filter(isUpcoming).sort(byStart),
    earlier: meetings.filter((m) => !isUpcoming(m)).sort((a, b) => byStart(b, a)),
  };
}

export function personIn(meeting: Meeting, userId: string): MeetingPerson | undefined {
  return meeting.people.find((p) => p.userId === userId);
}

/** Invited people may come in a little before the start. */
export function opensAt(meeting: Meeting): number {
  return Date.parse(meeting.startsAt) - MEETING_LIMITS.earlyMinutes * 60_000;
}

/** Its doors open a little before the start for those on the list who have not declined. */
export function canJoin(meeting: Meeting, userId: string, now: number): boolean {
  const me = personIn(meeting, userId);
  if (meeting.status !== 'scheduled' || !me || me.rsvp === 'declined') return false;
  return now >= opensAt(meeting) && now < Date.parse(meeting.endsAt);
}

/** An invitation still waiting for this visitor's answer. */
export function awaitsAnswer(meeting: Meeting, userId: string, now: number): boolean {
  const me = personIn(meeting, userId);
  return meeting.status === 'scheduled' && Date.parse(meeting.endsAt) > now && me?.rsvp === 'invited' && !me.host;
}
