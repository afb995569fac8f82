import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import {
  MeetingMessages,
  type HallBusy,
  type HallList,
  type InvitableList,
  type Meeting,
  type MeetingList,
  type MeetingRequest,
} from '../../shared/meetings.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { joinPlaza, newSession, sessionWithRole, startTestServer, until } from '../fixtures/server.ts';

const HOUR = 3_600_000;
/** 10:00 UTC, `days` days from today: each test books its own day, so tests do not clash with each other. */
function slot(days: number, fromMinute = 0, minutes = 60) {
  const day = new Date();
  day.setUTCHours(10, 0, 0, 0);
  const start = day.getTime() + days * 24 * HOUR + fromMinute * 60_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + minutes * 60_000).toISOString() };
}
const CLASH_TIME = /from \d\d:\d\d to \d\d:\d\d UTC on \d{4}-\d\d-\d\d$/;

describe.each(BACKENDS)('side meetings on $name', { timeout: 60_000 }, ({ create }) => {
  let target: TestDatabase;
  let server: ExpoServer;
  beforeAll(async () => {
    target = await create();
    // These tests fire bursts of bookings from one address on purpose; the rate limit has tests of its own.
    server = await startTestServer({ ...target.env, API_REQUESTS_PER_SECOND: '1000', SESSIONS_PER_MINUTE: '6000' });
  });
  afterAll(async () => {
    await server.close();
    await target.drop();
  });

  async function delegate(name: string, country = 'kz') {
    const session = await sessionWithRole(server, { role: 'delegate', delegation: 'kz' }, { name, country });
    return { token: session.token, id: session.user.id, name };
  }
  type Person = Awaited<ReturnType<typeof delegate>>;

  const book = (host: Person, request: MeetingRequest) =>
    call(server, 'POST', '/api/meetings', { token: host.token, body: request });
  const get = (person: Person, path = '') => call(server, 'GET', `/api/meetings${path}`, { token: person.token });
  const meetingOf = (response: { json: unknown }) => (response.json as { meeting: Meeting }).meeting;
  const listOf = async (person: Person) => ((await get(person)).json as unknown as MeetingList).meetings;
  const stored = async () =>
    Number(
      (
        await server.db
          .selectFrom('meetings')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lets exactly one of 20 overlapping bookings of one hall through, and tells the others when it is taken', async () => {
    const hosts = await Promise.all(Array.from({ length: 20 }, (_, i) => delegate(`Host ${i}`)));
    const responses = await Promise.all(
      hosts.map((host, i) => book(host, { hallId: 'baku', title: `Talks ${i}`, ...slot(1, i * 2, 60) })),
    );
    // All the answers at once, so a failure shows what the losers got instead of a conflict.
    expect(responses.map((r) => (r.status === 409 ? 409 : [r.status, r.json])).filter((a) => a !== 409)).toEqual([
      [201, expect.anything()],
    ]);
    const won = responses.filter((r) => r.status === 201);
    const winner = meetingOf(won[0]!);
    const lost = responses.filter((r) => r.status === 409);
    expect(lost).toHaveLength(19);
    const when = `from ${winner.startsAt.slice(11, 16)} to ${winner.endsAt.slice(11, 16)} UTC on ${winner.startsAt.slice(0, 10)}`;
    for (const r of lost)
      expect(r.json.error).toEqual({
        code: 'conflict',
        message: `The Baku hall is already booked ${when}`,
        // The same clash as a code with the hall and the times, for the client to say in the visitor's language.
        refusal: {
          code: 'hall_booked',
          params: { hallId: 'baku', hall: 'Baku', from: winner.startsAt, to: winner.endsAt },
        },
      });
    // The database itself refuses the overlap, whoever writes it.
    const sneaked = {
      hall_id: 'baku',
      host_id: hosts[1]!.id,
      title: 'Sneaked in',
      languages: '[]',
      no_recording: true,
    };
    await expect(
      server.db
        .insertInto('meetings')
        .values({ ...sneaked, starts_at: winner.endsAt, ends_at: slot(1, 600).startsAt })
        .execute(),
    ).resolves.toBeDefined();
    await expect(
      server.db
        .insertInto('meetings')
        .values({ ...sneaked, starts_at: winner.startsAt, ends_at: winner.endsAt })
        .execute(),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'meetings_hall_no_overlap' });
    const busy = (await get(hosts[0]!, `/halls/baku/busy?from=${slot(1).startsAt}&to=${slot(2).startsAt}`)).json;
    expect((busy as unknown as HallBusy).busy).toEqual([
      { startsAt: winner.startsAt, endsAt: winner.endsAt },
      { startsAt: winner.endsAt, endsAt: slot(1, 600).startsAt },
    ]);
  });

  it('never books one invited person into two meetings at once, whichever halls they are in', async () => {
    const aliya = await delegate('Aliya Bekova');
    const halls = ['baku', 'astana', 'bishkek', 'ankara', 'tashkent'];
    const hosts = await Promise.all(halls.map((hall) => delegate(`Host of ${hall}`)));
    const responses = await Promise.all(
      hosts.map((host, i) =>
        book(host, { hallId: halls[i]!, title: 'Trade', invitees: [aliya.id], ...slot(2, i * 5, 60) }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const lost = responses.filter((r) => r.status === 409);
    expect(lost).toHaveLength(4);
    for (const r of lost) {
      expect(r.json.error!.code).toBe('conflict');
      expect(r.json.error!.message).toMatch(/^Aliya Bekova is already in another meeting /);
      expect(r.json.error!.message).toMatch(CLASH_TIME);
    }
    const [mine] = await listOf(aliya);
    expect(mine).toBeDefined();
    // The database itself refuses a second row of Aliya's at an overlapping time, whoever writes it.
    const other = meetingOf(await book(hosts[0]!, { hallId: 'baku', title: 'Later', ...slot(2, 600) }));
    const row = { name: 'Aliya Bekova', country: 'kz', role: 'delegate', verified: true, host: false };
    await expect(
      server.db
        .insertInto('meeting_participants')
        .values({ ...row, meeting_id: other.id, user_id: aliya.id, starts_at: mine!.startsAt, ends_at: mine!.endsAt })
        .execute(),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'meeting_participants_person_no_overlap' });
  });

  it('lets only delegates and organisers book; a visitor sees an empty agenda', async () => {
    const visitor = await newSession(server, { name: 'Walker', country: 'tr', lang: 'tr' });
    const asVisitor = { token: visitor.token, id: visitor.user.id, name: 'Walker' };
    expect((await book(asVisitor, { hallId: 'ankara', title: 'Mine', ...slot(3) })).status).toBe(403);
    expect((await get(asVisitor, '/halls')).status).toBe(403);
    expect((await get(asVisitor, '/people')).status).toBe(403);
    expect(await listOf(asVisitor)).toEqual([]);
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Org' });
    const asOrganiser = { token: organiser.token, id: organiser.user.id, name: 'Org' };
    expect((await book(asOrganiser, { hallId: 'ankara', title: 'Briefing', ...slot(3) })).status).toBe(201);
    expect((await call(server, 'GET', '/api/meetings')).status).toBe(401);
  });

  it('shows a meeting to the people on its list only: 404 to anyone else, as for no meeting at all', async () => {
    const host = await delegate('Host');
    const guest = await delegate('Guest');
    const outsider = await delegate('Outsider');
    const meeting = meetingOf(
      await book(host, { hallId: 'astana', title: 'Secret', invitees: [guest.id], ...slot(4) }),
    );
    expect(meetingOf(await get(guest, `/${meeting.id}`)).title).toBe('Secret');
    const missing = await get(outsider, `/${randomUUID()}`);
    expect(missing.status).toBe(404);
    for (const response of [
      await get(outsider, `/${meeting.id}`),
      await get(outsider, `/${meeting.id}/ics`),
      await call(server, 'PATCH', `/api/meetings/${meeting.id}`, { token: outsider.token, body: { title: 'Mine' } }),
      await call(server, 'POST', `/api/meetings/${meeting.id}/cancel`, { token: outsider.token }),
      await call(server, 'POST', `/api/meetings/${meeting.id}/respond`, {
        token: outsider.token,
        body: { answer: 'accepted' },
      }),
    ]) {
      expect(response.status).toBe(404);
      expect(response.json.error).toEqual(missing.json.error);
    }
    expect(await listOf(outsider)).toEqual([]);
    const busy = (await get(outsider, `/halls/astana/busy?from=${slot(4).startsAt}&to=${slot(5).startsAt}`)).text;
    expect(busy).not.toContain('Secret');
  });

  it('records invitees’ answers for the host to see; accepting into a clash is refused', async () => {
    const host = await delegate('Host');
    const other = await delegate('Other host');
    const guest = await delegate('Dana Sultan', 'kg');
    const first = meetingOf(await book(host, { hallId: 'bishkek', title: 'One', invitees: [guest.id], ...slot(6) }));
    expect(first.people.map((p) => [p.name, p.rsvp, p.host])).toEqual([
      ['Host', 'accepted', true],
      ['Dana Sultan', 'invited', false],
    ]);
    expect(first.people[1]).toMatchObject({ country: 'kg', role: 'delegate', verified: true });
    const respond = (who: Person, id: string, answer: string) =>
      call(server, 'POST', `/api/meetings/${id}/respond`, { token: who.token, body: { answer } });

    expect((await respond(guest, first.id, 'accepted')).status).toBe(200);
    expect(meetingOf(await get(host, `/${first.id}`)).people[1]!.rsvp).toBe('accepted');
    expect((await respond(host, first.id, 'declined')).status).toBe(403);
    expect((await respond(guest, first.id, 'maybe')).status).toBe(400);

    // Declined, Dana's time is free: another host may invite her then, and she can no longer accept the first.
    expect(meetingOf(await respond(guest, first.id, 'declined')).people[1]!.rsvp).toBe('declined');
    const second = await book(other, { hallId: 'ankara', title: 'Two', invitees: [guest.id], ...slot(6, 30) });
    expect(second.status).toBe(201);
    const again = await respond(guest, first.id, 'accepted');
    expect(again.status).toBe(409);
    expect(again.json.error!.message).toMatch(/^Dana Sultan is already in another meeting from 10:30 to 11:30 UTC/);
    expect(meetingOf(await get(host, `/${first.id}`)).people[1]!.rsvp).toBe('declined');
  });

  it('lets the host change a meeting; invitees see the new time and version; nobody else may change it', async () => {
    const host = await delegate('Host');
    const guest = await delegate('Guest');
    const dropped = await delegate('Dropped');
    const added = await delegate('Added');
    const meeting = meetingOf(
      await book(host, { hallId: 'tashkent', title: 'Plan', invitees: [guest.id, dropped.id], ...slot(7) }),
    );
    expect(meeting.version).toBe(1);
    const patch = (who: Person, body: unknown) =>
      call(server, 'PATCH', `/api/meetings/${meeting.id}`, { token: who.token, body });

    expect((await patch(guest, { title: 'Mine now' })).status).toBe(403);
    const later = slot(7, 120, 90);
    const changed = await patch(host, { ...later, invitees: [guest.id, added.id], languages: ['ru'] });
    expect(changed.status).toBe(200);
    const seen = meetingOf(await get(guest, `/${meeting.id}`));
    expect(seen).toMatchObject({ ...later, version: 2, title: 'Plan', languages: ['ru'] });
    expect(seen.people.map((p) => p.name)).toEqual(['Host', 'Added', 'Guest']);
    expect((await get(dropped, `/${meeting.id}`)).status).toBe(404);
    expect((await get(added, `/${meeting.id}`)).status).toBe(200);
    // The old time is free again, for the hall and for the people.
    expect((await book(dropped, { hallId: 'tashkent', title: 'Free', invitees: [guest.id], ...slot(7) })).status).toBe(
      201,
    );
    const clash = await patch(host, slot(7, 30, 60));
    expect(clash.status).toBe(409);
    expect(meetingOf(await get(guest, `/${meeting.id}`)).version).toBe(2);
  });

  it('frees the hall when the host cancels, and invitees see the cancellation', async () => {
    const host = await delegate('Host');
    const guest = await delegate('Guest');
    const meeting = meetingOf(await book(host, { hallId: 'baku', title: 'Maybe', invitees: [guest.id], ...slot(8) }));
    expect((await book(guest, { hallId: 'baku', title: 'Later', ...slot(8) })).status).toBe(409);
    expect((await call(server, 'POST', `/api/meetings/${meeting.id}/cancel`, { token: guest.token })).status).toBe(403);
    const cancelled = await call(server, 'POST', `/api/meetings/${meeting.id}/cancel`, { token: host.token });
    expect(meetingOf(cancelled)).toMatchObject({ status: 'cancelled', version: 2 });
    expect((await listOf(guest)).find((m) => m.id === meeting.id)?.status).toBe('cancelled');
    expect((await book(guest, { hallId: 'baku', title: 'Later', ...slot(8) })).status).toBe(201);
    const ics = await get(guest, `/${meeting.id}/ics`);
    expect(ics.text).toContain('STATUS:CANCELLED\r\n');
  });

  it('refuses bad bookings with a clear reason and stores nothing', async () => {
    const host = await delegate('Careful');
    const before = await stored();
    const cases: [MeetingRequest, RegExp][] = [
      [{ hallId: 'baku', title: 'x', startsAt: slot(9).endsAt, endsAt: slot(9).startsAt }, /end after it starts/],
      [{ hallId: 'baku', title: 'x', ...slot(9, 0, 5) }, /from 15 minutes to 8 hours/],
      [{ hallId: 'atlantis', title: 'x', ...slot(9) }, /hallId: no hall "atlantis"/],
      [{ hallId: 'baku', title: 'x', invitees: Array.from({ length: 41 }, randomUUID), ...slot(9) }, /invitees/],
      [{ hallId: 'baku', title: 'x', invitees: [randomUUID()], ...slot(9) }, /invitees: nobody .* has the id/],
      [{ hallId: 'baku', title: '  ', ...slot(9) }, /title/],
      [{ hallId: 'baku', title: 'x', ...slot(-2) }, /start in the future/],
      [{ hallId: 'baku', title: 'x', ...slot(400) }, /at most 365 days ahead/],
    ];
    for (const [request, reason] of cases) {
      const response = await book(host, request);
      expect(response.status, JSON.stringify(request)).toBe(400);
      expect(response.json.error!.code).toBe('bad_request');
      expect(response.json.error!.message).toMatch(reason);
    }
    expect((await get(host, '/not-a-meeting')).json.error!.message).toMatch(/not a meeting id/);
    expect((await get(host, '/not-a-meeting')).status).toBe(400);
    expect((await get(host, `/halls/baku/busy?from=${slot(1).startsAt}&to=${slot(40).startsAt}`)).status).toBe(400);
    expect(await stored()).toBe(before);
    expect(await listOf(host)).toEqual([]);
  });

  it('refuses bad changes with a clear reason and leaves the meeting as it was', async () => {
    const host = await delegate('Careful host');
    // A change is checked as strictly as a booking, and a refused change leaves the meeting as it was.
    const kept = meetingOf(await book(host, { hallId: 'tashkent', title: 'Kept as booked', ...slot(30) }));
    const changes: [Record<string, unknown>, RegExp][] = [
      [{ startsAt: slot(31).startsAt }, /change the start and the end together/],
      [{ startsAt: slot(31).endsAt, endsAt: slot(31).startsAt }, /end after it starts/],
      [slot(31, 0, 5), /from 15 minutes to 8 hours/],
      [slot(-2), /start in the future/],
      [{ title: '   ' }, /give the meeting a title/],
    ];
    for (const [body, reason] of changes) {
      const response = await call(server, 'PATCH', `/api/meetings/${kept.id}`, { token: host.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.error!.message).toMatch(reason);
    }
    expect(meetingOf(await get(host, `/${kept.id}`))).toMatchObject({ title: 'Kept as booked', version: 1 });
    expect((await get(host, `/halls/atlantis/busy?from=${slot(1).startsAt}&to=${slot(2).startsAt}`)).status).toBe(404);
  });

  it('lists halls and the people who can be invited, and gives a meeting as a calendar file', async () => {
    const host = await delegate('Gulnara Ismailova', 'uz');
    const halls = (await get(host, '/halls')).json as unknown as HallList;
    expect(halls.halls.map((h) => h.id)).toEqual(['baku', 'astana', 'bishkek', 'ankara', 'tashkent']);
    await newSession(server, { name: 'Gulnara the visitor', country: 'uz', lang: 'uz' });
    const people = (await get(host, '/people?q=gulNARA')).json as unknown as InvitableList;
    expect(people.people).toEqual([{ userId: host.id, name: 'Gulnara Ismailova', country: 'uz', role: 'delegate' }]);
    expect(((await get(host, '/people?q=%25')).json as unknown as InvitableList).people).toEqual([]);

    const meeting = meetingOf(await book(host, { hallId: 'bishkek', title: 'Water, energy; food', ...slot(10) }));
    const ics = await get(host, `/${meeting.id}/ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.headers.get('content-disposition')).toBe(`attachment; filename="meeting-${meeting.id}.ics"`);
    expect(ics.text).toContain(`UID:${meeting.id}@turkic-metaverse\r\n`);
    expect(ics.text).toContain('SUMMARY:Water\\, energy\\; food\r\n');
    expect(ics.text).toContain('LOCATION:Bishkek hall\\, Turkic Metaverse\r\n');
  });

  it('tells a connected invitee at once when the host changes the meeting', async () => {
    const host = await delegate('Host');
    const guest = await delegate('Guest');
    const room = await joinPlaza(server, guest.token);
    const heard: { meetingId: string }[] = [];
    room.onMessage(MeetingMessages.changed, (message: { meetingId: string }) => heard.push(message));
    const meeting = meetingOf(await book(host, { hallId: 'ankara', title: 'Live', invitees: [guest.id], ...slot(11) }));
    await until(() => heard.length === 1, 3000, 'the booking announced');
    const moved = await call(server, 'PATCH', `/api/meetings/${meeting.id}`, {
      token: host.token,
      body: { title: 'Live, moved' },
    });
    expect(moved.status, moved.text).toBe(200);
    await until(() => heard.length === 2, 3000, 'the change announced');
    expect(heard).toEqual([{ meetingId: meeting.id }, { meetingId: meeting.id }]);
    await room.leave();
  });
});
