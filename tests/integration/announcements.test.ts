import type { Room } from 'colyseus.js';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { Announcement, AnnouncementList, AnnouncementUpdate } from '../../shared/announcements.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import {
  colyseusClient,
  newSession,
  serverOnFreshDatabase,
  sessionWithRole,
  sleep,
  startTestServer,
  until,
} from '../fixtures/server.ts';

/** Someone in a room with every banner update the room sent them, in order. */
async function present(server: ExpoServer, where: 'plaza' | 'kz' | 'tr') {
  const { token } = await newSession(server, { name: `In ${where}`, country: 'kz', lang: 'en' });
  const options = { token, protocol: PROTOCOL_VERSION };
  const client = colyseusClient(server);
  const room: Room<ExpoRoomState> =
    where === 'plaza'
      ? await client.joinOrCreate<ExpoRoomState>(ROOMS.plaza, options)
      : await client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, { ...options, pavilionId: where });
  const updates: AnnouncementUpdate[] = [];
  room.onMessage(MESSAGES.announcement, (update: AnnouncementUpdate) => updates.push(update));
  room.onMessage('*', () => undefined);
  await until(() => updates.length > 0, 5000, `the banner on joining ${where}`);
  return { room, updates, showing: () => updates.at(-1)?.active ?? null };
}

/** A side meeting that began a minute ago, and its host. */
async function meetingUnderWay(server: ExpoServer, hallId: string) {
  const host = await sessionWithRole(server, { role: 'delegate', delegation: 'kz' }, { name: 'Host' });
  const start = Date.now() - 60_000;
  const booked = await call(server, 'POST', '/api/meetings', {
    token: host.token,
    body: {
      hallId,
      title: 'Partnership talks',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3_600_000).toISOString(),
    },
  });
  expect(booked.status, booked.text).toBe(201);
  return { host, meetingId: (booked.json as { meeting: { id: string } }).meeting.id };
}

describe.each(BACKENDS)('announcements on $name', { timeout: 90_000 }, ({ create }) => {
  const suite = serverOnFreshDatabase(create);
  const organiser = async () => (await sessionWithRole(suite.server(), { role: 'organiser' }, { name: 'Chief' })).token;

  it('reach everyone in the plaza and in a pavilion at once, newcomers on joining, and end everywhere', async () => {
    const server = suite.server();
    const token = await organiser();
    const inPlaza = await present(server, 'plaza');
    const inPavilion = await present(server, 'kz');
    expect(inPlaza.showing()).toBeNull();
    expect(inPavilion.showing()).toBeNull();

    const text = {
      en: 'The closing ceremony starts at 18:00 on the plaza.',
      ru: 'Церемония закрытия в 18:00 на площади.',
    };
    const started = await call(server, 'POST', '/api/announcements', { token, body: { text } });
    expect(started.status).toBe(201);
    const announcement = started.json.announcement as Announcement;
    expect(announcement).toMatchObject({ text, byName: 'Chief', endsAt: null, endedAt: null });

    for (const person of [inPlaza, inPavilion]) {
      await until(() => person.showing()?.id === announcement.id, 3000, 'the banner');
      expect(person.showing()?.text).toEqual(text);
    }
    const later = await present(server, 'tr');
    expect(later.showing()).toMatchObject({ id: announcement.id, text });

    const ended = await call(server, 'DELETE', `/api/announcements/${announcement.id}`, { token });
    expect(ended.status).toBe(200);
    expect((ended.json.announcement as Announcement).endedAt).not.toBeNull();
    for (const person of [inPlaza, inPavilion, later]) {
      await until(() => person.showing() === null, 3000, 'the banner to go');
    }
    const after = await present(server, 'plaza');
    expect(after.showing()).toBeNull();

    const list = await call(server, 'GET', '/api/announcements', { token });
    expect(list.status).toBe(200);
    expect((list.json as unknown as AnnouncementList).announcements[0]).toMatchObject({ id: announcement.id, text });
    expect((await call(server, 'DELETE', `/api/announcements/${announcement.id}`, { token })).status).toBe(200);
    for (const person of [inPlaza, inPavilion, later, after]) await person.room.leave();
  });

  it('reach the people in a side meeting and in its lobby too', async () => {
    const server = suite.server();
    const token = await organiser();
    const { host, meetingId } = await meetingUnderWay(server, 'astana');
    const knocker = await newSession(server, { name: 'Knocker', country: 'tr', lang: 'tr' });
    // Listening from the moment each room is joined: the banner is the first thing it says.
    const listening = async (joining: Promise<Room>) => {
      const room = await joining;
      const updates: AnnouncementUpdate[] = [];
      room.onMessage(MESSAGES.announcement, (update: AnnouncementUpdate) => updates.push(update));
      room.onMessage('*', () => undefined);
      return { room, updates };
    };
    const joined = [
      await listening(
        colyseusClient(server).joinOrCreate(ROOMS.meeting, {
          token: host.token,
          protocol: PROTOCOL_VERSION,
          meetingId,
        }),
      ),
      await listening(
        colyseusClient(server).joinOrCreate(ROOMS.meetingLobby, {
          token: knocker.token,
          protocol: PROTOCOL_VERSION,
          meetingId,
        }),
      ),
    ];
    const heard = joined.map((j) => j.updates);
    const rooms = joined.map((j) => j.room);
    for (const updates of heard) await until(() => updates.length === 1, 5000, 'the banner on joining');
    const started = await call(server, 'POST', '/api/announcements', {
      token,
      body: { text: { en: 'Doors close at 19:00' } },
    });
    const { id } = started.json.announcement as Announcement;
    for (const updates of heard)
      await until(() => updates.at(-1)?.active?.id === id, 3000, 'the banner in the meeting');
    await call(server, 'DELETE', `/api/announcements/${id}`, { token });
    for (const updates of heard) await until(() => updates.at(-1)?.active === null, 3000, 'the banner gone');
    for (const room of rooms) await room.leave();
  });

  it('a newer announcement replaces the one showing; a timed one says when it ends', async () => {
    const server = suite.server();
    const token = await organiser();
    const person = await present(server, 'plaza');
    const first = await call(server, 'POST', '/api/announcements', { token, body: { text: { en: 'First' } } });
    const second = await call(server, 'POST', '/api/announcements', {
      token,
      body: { text: { en: 'Second', tr: 'İkinci' }, minutes: 30 },
    });
    expect(second.status).toBe(201);
    const timed = second.json.announcement as Announcement;
    expect(Date.parse(timed.endsAt!) - Date.parse(timed.startedAt)).toBe(30 * 60_000);
    await until(() => person.showing()?.id === timed.id, 3000, 'the second banner');
    const list = (await call(server, 'GET', '/api/announcements', { token })).json as unknown as AnnouncementList;
    const firstId = (first.json.announcement as Announcement).id;
    expect(list.announcements.find((a) => a.id === firstId)?.endedAt).not.toBeNull();
    expect((await call(server, 'DELETE', `/api/announcements/${timed.id}`, { token })).status).toBe(200);
    await until(() => person.showing() === null, 3000, 'the banner to go');
    await person.room.leave();
  });

  it('refuses bad bodies (400) and unknown announcements without changing anything', async () => {
    const server = suite.server();
    const token = await organiser();
    const watcher = await present(server, 'plaza');
    const someId = '00000000-0000-4000-8000-000000000000';
    const before = (await call(server, 'GET', '/api/announcements', { token })).json;
    const bad = [
      {},
      { text: {} },
      { text: { ru: 'Только по-русски' } },
      { text: { en: '   ' } },
      { text: { en: 'x'.repeat(281) } },
      { text: { en: 'bell\u0007' } },
      { text: { en: 'Hello', ru: '' } },
      { text: { en: 'Hello' }, minutes: 0 },
      { text: { en: 'Hello' }, minutes: 1.5 },
      { text: { en: 'Hello' }, minutes: 7 * 24 * 60 + 1 },
      { text: 'Hello' },
    ];
    for (const body of bad) {
      const response = await call(server, 'POST', '/api/announcements', { token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await call(server, 'DELETE', '/api/announcements/not-an-id', { token })).status).toBe(400);
    expect((await call(server, 'DELETE', `/api/announcements/${someId}`, { token })).status).toBe(404);
    expect((await call(server, 'GET', '/api/announcements', { token })).json).toEqual(before);
    await sleep(200);
    expect(watcher.updates).toHaveLength(1);
    await watcher.room.leave();
  });

  it('one that ran out is recorded as ending when its time was up, not when the next one started', async () => {
    const server = suite.server();
    const token = await organiser();
    const timed = (
      await call(server, 'POST', '/api/announcements', { token, body: { text: { en: 'Short' }, minutes: 5 } })
    ).json.announcement as Announcement;
    const ranOut = new Date(Date.now() - 60_000);
    await server.db.updateTable('announcements').set({ ends_at: ranOut }).where('id', '=', timed.id).execute();
    const next = (
      await call(server, 'POST', '/api/announcements', { token, body: { text: { en: 'Next' }, minutes: 5 } })
    ).json.announcement as Announcement;
    await server.db.updateTable('announcements').set({ ends_at: ranOut }).where('id', '=', next.id).execute();
    expect((await call(server, 'DELETE', `/api/announcements/${next.id}`, { token })).status).toBe(200);
    const list = ((await call(server, 'GET', '/api/announcements', { token })).json as unknown as AnnouncementList)
      .announcements;
    for (const id of [timed.id, next.id]) {
      expect(Date.parse(list.find((a) => a.id === id)!.endedAt!), id).toBe(ranOut.getTime());
    }
  });

  it('someone whose connection dropped is shown, on coming back, the announcement started meanwhile', async () => {
    const server = suite.server();
    const token = await organiser();
    const person = await present(server, 'plaza');
    const watcher = await present(server, 'plaza');
    const { reconnectionToken, sessionId } = person.room;
    await until(() => watcher.room.state.players?.has(sessionId), 5000, 'both in the plaza');
    person.room.connection.close();
    await until(() => watcher.room.state.players.get(sessionId)?.away === true, 5000, 'the seat held');
    const started = await call(server, 'POST', '/api/announcements', { token, body: { text: { en: 'Meanwhile' } } });
    const { id } = started.json.announcement as Announcement;
    const back = await colyseusClient(server).reconnect<ExpoRoomState>(reconnectionToken);
    const heard: AnnouncementUpdate[] = [];
    back.onMessage(MESSAGES.announcement, (update: AnnouncementUpdate) => heard.push(update));
    back.onMessage('*', () => undefined);
    expect(back.sessionId).toBe(sessionId);
    await until(() => heard.at(-1)?.active?.id === id, 5000, 'the banner after coming back');
    await call(server, 'DELETE', `/api/announcements/${id}`, { token });
    await Promise.all([back.leave(), watcher.room.leave()]);
  });

  it('so is someone whose connection to a side meeting dropped and came back', async () => {
    const server = suite.server();
    const token = await organiser();
    const { host, meetingId } = await meetingUnderWay(server, 'baku');
    const options = { token: host.token, protocol: PROTOCOL_VERSION, meetingId };
    const room = await colyseusClient(server).joinOrCreate(ROOMS.meeting, options);
    room.onMessage('*', () => undefined);
    const { reconnectionToken, sessionId } = room;
    room.connection.close();
    const started = await call(server, 'POST', '/api/announcements', { token, body: { text: { en: 'Meanwhile' } } });
    const { id } = started.json.announcement as Announcement;
    // The seat is held once the server has seen the drop; until then the token is not taken.
    let back: Room | undefined;
    await until(
      async () =>
        (back = await colyseusClient(server)
          .reconnect(reconnectionToken)
          .catch(() => undefined)) !== undefined,
      5000,
      'the reconnection',
    );
    const heard: AnnouncementUpdate[] = [];
    back!.onMessage(MESSAGES.announcement, (update: AnnouncementUpdate) => heard.push(update));
    back!.onMessage('*', () => undefined);
    expect(back!.sessionId).toBe(sessionId);
    await until(() => heard.at(-1)?.active?.id === id, 5000, 'the banner after coming back');
    await call(server, 'DELETE', `/api/announcements/${id}`, { token });
    await back!.leave();
  });
});

describe.each(BACKENDS.filter((b) => b.name === 'postgres'))(
  'announcements started at once on $name',
  { timeout: 90_000 },
  ({ create }) => {
    const suite = serverOnFreshDatabase(create);

    it('leave exactly one unended, each earlier one ended when the next began', async () => {
      const server = suite.server();
      const { token } = await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' });
      const starts = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call(server, 'POST', '/api/announcements', { token, body: { text: { en: `At once ${i}` } } }),
        ),
      );
      expect(starts.map((s) => s.status)).toEqual(Array(6).fill(201));
      const unended = await server.db.selectFrom('announcements').select('id').where('ended_at', 'is', null).execute();
      expect(unended).toHaveLength(1);
      const list = ((await call(server, 'GET', '/api/announcements', { token })).json as unknown as AnnouncementList)
        .announcements;
      // Newest first: each older one ended exactly when the one after it started.
      expect(list[0]!.id).toBe(unended[0]!.id);
      for (let i = 1; i < list.length; i++) expect(list[i]!.endedAt).toBe(list[i - 1]!.startedAt);
    });
  },
);

describe.each(BACKENDS)('an announcement across a restart on $name', { timeout: 90_000 }, ({ create }) => {
  it('is still shown after the server restarts, and goes everywhere when its time is up', async () => {
    const target = await create();
    let server = await startTestServer(target.env);
    try {
      const { token } = await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' });
      const text = { en: 'Lunch is served in the Kazakh pavilion.', kk: 'Түскі ас Қазақстан павильонында.' };
      const started = await call(server, 'POST', '/api/announcements', { token, body: { text, minutes: 1 } });
      const { id } = started.json.announcement as Announcement;
      await server.close();
      // Make the minute almost over while the server is down; the restarted server must end it by itself.
      // Enough of it is left for a slow restart on a busy machine to still find it showing.
      server = await startTestServer(target.env);
      await sql`UPDATE announcements SET ends_at = now() + interval '15 seconds' WHERE id = ${id}`.execute(server.db);
      await server.close();
      server = await startTestServer(target.env);

      const inPlaza = await present(server, 'plaza');
      const inPavilion = await present(server, 'kz');
      expect(inPlaza.showing()).toMatchObject({ id, text });
      expect(inPavilion.showing()).toMatchObject({ id, text });
      for (const person of [inPlaza, inPavilion]) await until(() => person.showing() === null, 20_000, 'the expiry');
      expect((await present(server, 'tr')).showing()).toBeNull();
    } finally {
      await server.close();
      await target.drop();
    }
  });
});
