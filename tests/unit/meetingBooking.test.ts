import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/meetings.ts';
import { blockOf, dayBounds, dayOf, instantOf, nextQuarter, overlapsAny } from '../../client/state/dayTime.ts';
import { awaitsAnswer, canJoin, splitAgenda } from '../../client/state/meetingOrder.ts';
import { checkBooking, DURATIONS, newDraft, type BookingDraft } from '../../client/ui/meetings/bookingDraft.ts';

const at = (day: string, time: string) => instantOf(day, time)!.toISOString();

describe('days and times as typed into the booking form', () => {
  it('reads a local day and time, and refuses what is not a real moment', () => {
    const date = instantOf('2030-03-14', '09:45')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([
      2030, 2, 14, 9, 45,
    ]);
    expect(dayOf(date)).toBe('2030-03-14');
    expect(instantOf('2030-02-30', '09:00')).toBeNull();
    expect(instantOf('2030-03-14', '')).toBeNull();
    expect(instantOf('', '09:00')).toBeNull();
  });

  it('spans a day from midnight to midnight', () => {
    const bounds = dayBounds('2030-03-14')!;
    expect(dayOf(bounds.from)).toBe('2030-03-14');
    expect(dayOf(bounds.to)).toBe('2030-03-15');
    expect(bounds.to.getHours()).toBe(0);
  });

  it('draws ranges on the 08:00–20:00 timeline, clipped, and nothing outside it', () => {
    const day = '2030-03-14';
    expect(blockOf({ startsAt: at(day, '08:00'), endsAt: at(day, '11:00') }, day)).toEqual({ left: 0, width: 25 });
    expect(blockOf({ startsAt: at(day, '19:00'), endsAt: at('2030-03-15', '01:00') }, day)).toEqual({
      left: (11 / 12) * 100,
      width: (1 / 12) * 100,
    });
    expect(blockOf({ startsAt: at(day, '06:00'), endsAt: at(day, '08:00') }, day)).toBeNull();
  });

  it('tells a clash from ranges that only touch', () => {
    const day = '2030-03-14';
    const busy = [{ startsAt: at(day, '10:00'), endsAt: at(day, '11:00') }];
    expect(overlapsAny({ startsAt: at(day, '10:30'), endsAt: at(day, '11:30') }, busy)).toBe(true);
    expect(overlapsAny({ startsAt: at(day, '11:00'), endsAt: at(day, '12:00') }, busy)).toBe(false);
    expect(overlapsAny({ startsAt: at(day, '09:00'), endsAt: at(day, '10:00') }, busy)).toBe(false);
  });

  it('starts a new booking at the next quarter hour', () => {
    const hm = (d: Date) => [d.getDate(), d.getHours(), d.getMinutes()];
    expect(hm(nextQuarter(new Date(2030, 2, 14, 10, 7)))).toEqual([14, 10, 15]);
    expect(hm(nextQuarter(new Date(2030, 2, 14, 10, 45, 30)))).toEqual([14, 11, 0]);
    expect(hm(nextQuarter(new Date(2030, 2, 14, 23, 50)))).toEqual([15, 0, 0]);
  });

  it('offers every quarter hour from 15 minutes to 8 hours', () => {
    expect(DURATIONS[0]).toBe(15);
    expect(DURATIONS.at(-1)).toBe(480);
    expect(DURATIONS).toHaveLength(32);
  });
});

describe('checking a booking before it is sent', () => {
  const now = new Date(2030, 2, 14, 9, 0).getTime();
  const draft: BookingDraft = {
    ...newDraft(new Date(now)),
    hallId: 'astana',
    title: 'Digital Silk Road',
    day: '2030-03-14',
    time: '10:00',
    minutes: 90,
  };

  it('turns a good draft into the request the server takes', () => {
    const check = checkBooking(draft, undefined, now);
    expect(check.ok && check.request).toMatchObject({
      hallId: 'astana',
      title: 'Digital Silk Road',
      startsAt: at('2030-03-14', '10:00'),
      endsAt: at('2030-03-14', '11:30'),
      invitees: [],
      noRecording: true,
      e2ee: false,
    });
  });

  it('names each field at fault', () => {
    const check = checkBooking({ ...draft, hallId: '', title: '  ', time: '' }, undefined, now);
    expect(check.ok ? {} : Object.keys(check.errors).sort()).toEqual(['hall', 'title', 'when']);
  });

  it('refuses a start in the past, unless a host keeps the start of a meeting under way', () => {
    const early = { ...draft, time: '08:30' };
    expect(checkBooking(early, undefined, now)).toMatchObject({
      ok: false,
      errors: { when: { key: 'meetings.validation.past' } },
    });
    expect(checkBooking(early, at('2030-03-14', '08:30'), now).ok).toBe(true);
  });
});

function meeting(overrides: Partial<Meeting>): Meeting {
  return {
    id: 'm1',
    hallId: 'astana',
    hallName: 'Astana',
    title: 'Talks',
    startsAt: '2030-03-14T10:00:00Z',
    endsAt: '2030-03-14T11:00:00Z',
    hostId: 'host',
    status: 'scheduled',
    languages: [],
    noRecording: true,
    e2ee: false,
    people: [
      { userId: 'host', name: 'Host', country: 'kz', role: 'delegate', verified: true, rsvp: 'accepted', host: true },
      { userId: 'guest', name: 'Guest', country: 'az', role: 'delegate', verified: true, rsvp: 'invited', host: false },
    ],
    version: 1,
    updatedAt: '2030-03-01T00:00:00Z',
    ...overrides,
  };
}

describe('the agenda', () => {
  const now = Date.parse('2030-03-14T10:30:00Z');

  it('puts meetings to come first, soonest first, then the rest, latest first', () => {
    const list = [
      meeting({ id: 'later', startsAt: '2030-03-15T10:00:00Z', endsAt: '2030-03-15T11:00:00Z' }),
      meeting({ id: 'now' }),
      meeting({ id: 'old', startsAt: '2030-03-10T10:00:00Z', endsAt: '2030-03-10T11:00:00Z' }),
      meeting({ id: 'off', status: 'cancelled', startsAt: '2030-03-16T10:00:00Z', endsAt: '2030-03-16T11:00:00Z' }),
    ];
    const { upcoming, earlier } = splitAgenda(list, now);
    expect(upcoming.map((m) => m.id)).toEqual(['now', 'later']);
    expect(earlier.map((m) => m.id)).toEqual(['off', 'old']);
  });

  it('opens the door 15 minutes early to those who have not declined', () => {
    const m = meeting({});
    expect(canJoin(m, 'guest', Date.parse('2030-03-14T09:46:00Z'))).toBe(true);
    expect(canJoin(m, 'guest', Date.parse('2030-03-14T09:44:00Z'))).toBe(false);
    expect(canJoin(m, 'guest', Date.parse('2030-03-14T11:00:00Z'))).toBe(false);
    expect(canJoin(m, 'stranger', now)).toBe(false);
    const declined = meeting({ people: m.people.map((p) => (p.host ? p : { ...p, rsvp: 'declined' as const })) });
    expect(canJoin(declined, 'guest', now)).toBe(false);
    expect(canJoin(meeting({ status: 'cancelled' }), 'host', now)).toBe(false);
  });

  it('counts an invitation as waiting only for the invitee, and only until it is over', () => {
    expect(awaitsAnswer(meeting({}), 'guest', now)).toBe(true);
    expect(awaitsAnswer(meeting({}), 'host', now)).toBe(false);
    expect(awaitsAnswer(meeting({}), 'guest', Date.parse('2030-03-14T12:00:00Z'))).toBe(false);
  });
});
