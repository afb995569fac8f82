import { afterAll, describe, expect, it } from 'vitest';
import { ResumeTickets } from '../../server/auth/resumeTickets.ts';
import { CatalogueService } from '../../server/catalogue.ts';
import { openDatabase } from '../../server/db/database.ts';
import { createInvite } from '../../server/db/inviteStore.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Lead } from '../../shared/leads.ts';
import { Client } from 'colyseus.js';
import { rejoinAfterRestart } from '../../client/net/restartRejoin.ts';
import type { Meeting } from '../../shared/meetings.ts';
import { CLOSE_CODES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { Zone } from '../../shared/world/world.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { inviteExhibitorBeforeStart } from '../fixtures/boothInvite.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';
import {
  joinZone,
  ownSpot,
  restartBot,
  signIn,
  type ExpoRoomClient,
  type RestartBot,
} from '../fixtures/restartBots.ts';
import { until } from '../fixtures/server.ts';
import { seedWorld } from '../fixtures/world.ts';

const SECRET = 'restart-test-session-secret-0123456789abcdef';
const PLAZA_BOTS = 30;
const PAVILION_BOTS = 10;
const PAVILIONS: CountryId[] = ['uz', 'tr'];
/** How long a bot keeps trying to come back; the restart itself takes a few seconds. */
const REJOIN_WITHIN_MS = 120_000;

async function json(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const distance = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z);

describe.each(BACKENDS)('a restart under a crowd on $name', { timeout: 300_000 }, ({ create }) => {
  let target: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  const rooms: ExpoRoomClient[] = [];
  afterAll(async () => {
    // A leave the server never answers does not hold up the cleanup.
    const open = rooms.filter((r) => r.connection.isOpen);
    const giveUp = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([Promise.allSettled(open.map((r) => r.leave(true))), giveUp]);
    await server?.stop('SIGKILL');
    await target?.drop();
  }, 60_000);

  it('brings every bot back to its spot by itself, and loses nothing acknowledged', async () => {
    target = await create();
    const env = { ...target.env, SESSION_SECRET: SECRET };
    const { booth, invite } = await inviteExhibitorBeforeStart(env);

    const port = await freePort();
    // The same port and the same data directory (and so database) on every start.
    const start = () => startProcess('node', ['--import', 'tsx', 'server/index.ts'], port, env);
    server = await start();
    const url = server.url;

    const zones: Zone[] = [
      ...Array.from({ length: PLAZA_BOTS }, (): Zone => ({ kind: 'plaza' })),
      ...PAVILIONS.flatMap((id) => Array.from({ length: PAVILION_BOTS }, (): Zone => ({ kind: 'pavilion', id }))),
    ];
    const bots: RestartBot[] = [];
    for (let i = 0; i < zones.length; i += 10) {
      bots.push(
        ...(await Promise.all(zones.slice(i, i + 10).map((zone, k) => restartBot(url, i + k, zone, REJOIN_WITHIN_MS)))),
      );
    }
    rooms.push(...bots.map((b) => b.room));
    expect(bots).toHaveLength(50);

    // Writes just before the restart: an exhibitor's edit and leads, all answered before SIGTERM...
    const session = async (body: Record<string, unknown>) =>
      ((await json(`${url}/api/session`, { method: 'POST', body: JSON.stringify(body) })).body as { token: string })
        .token;
    const exhibitor = await session({ name: 'Staff', country: 'uz', lang: 'uz', invite });
    const edited = {
      ...booth.content,
      tagline: { en: 'Survives a restart', uz: 'Qayta ishga tushishdan omon qoladi' },
    };
    const edit = await json(`${url}/api/booths/${booth.id}/content`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${exhibitor}` },
      body: JSON.stringify(edited),
    });
    expect(edit.status).toBe(200);
    const sendLead = (token: string, i: number) =>
      json(`${url}/api/booths/${booth.id}/leads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({
          name: `Visitor ${i}`,
          organisation: 'Org',
          email: `v${i}@example.com`,
          message: 'Salom',
          consent: true,
        }),
      }).then(
        (answer) => (answer.status === 201 ? `v${i}@example.com` : undefined),
        () => undefined,
      );
    const visitors = await Promise.all(
      Array.from({ length: 20 }, (_, i) => session({ name: `Visitor ${i}`, country: 'tr', lang: 'tr' })),
    );
    const answeredBefore = await Promise.all(visitors.slice(0, 10).map((t, i) => sendLead(t, i)));
    expect(answeredBefore.every(Boolean)).toBe(true);
    // ...and leads still on their way when SIGTERM comes: those answered must be kept as well.
    const racing = visitors.slice(10).map((t, i) => sendLead(t, 10 + i));
    // The server has taken every bot's last step.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = new Map(bots.map((b) => [b, { x: b.x, z: b.z }]));

    const exitCode = await server.stop('SIGTERM');
    expect(exitCode, server.output()).toBe(0);
    const answeredDuring = await Promise.all(racing);
    // The closes may reach the bots a moment after the process has gone.
    await until(() => bots.every((b) => b.closeCode !== undefined), 10_000, 'every bot to hear the close').catch(
      () => undefined,
    );
    for (const bot of bots) {
      expect(bot.closeCode, `${bot.name}\n${server.output()}`).toBe(CLOSE_CODES.serverShutdown);
      expect(bot.ticket(), bot.name).toBeTruthy();
      expect(bot.back, bot.name).toBeDefined();
    }

    // The restarted server on the same port and database; every bot comes back by itself.
    server = await start();
    const outcomes = await Promise.all(bots.map((b) => b.back!));
    for (const [i, outcome] of outcomes.entries()) {
      const bot = bots[i]!;
      expect(outcome.kind, bot.name).toBe('joined');
      if (outcome.kind !== 'joined') continue;
      rooms.push(outcome.room);
      const zone = bot.zone;
      expect(outcome.room.name, bot.name).toBe(zone.kind);
      if (zone.kind === 'pavilion') {
        await until(() => outcome.room.state.pavilionId === zone.id, 10_000, `${bot.name}'s pavilion`);
      }
      const spot = await ownSpot(outcome.room);
      expect(distance(spot, before.get(bot)!), `${bot.name} at ${JSON.stringify(spot)}`).toBeLessThan(1);
    }

    const leads = await json(`${url}/api/booths/${booth.id}/leads`, {
      headers: { authorization: `Bearer ${exhibitor}` },
    });
    const kept = (leads.body.leads as Lead[]).map((l) => l.email).sort();
    const acknowledged = [...answeredBefore, ...answeredDuring].filter((e): e is string => e !== undefined);
    expect(kept).toEqual(expect.arrayContaining(acknowledged));
    // Nothing appears that was never sent.
    expect(kept.every((e) => /^v(\d|1\d)@example\.com$/.test(e))).toBe(true);
    const after = (await json(`${url}/api/catalogue`)).body as unknown as Catalogue;
    expect(after.pavilions[4]!.booths[1]!.content.tagline).toEqual(edited.tagline);

    // A ticket only ever puts its own holder back, in its own zone, while it is fresh and genuine.
    const spawn = seedWorld.spawn;
    const aPlazaBot = bots.find((b) => b.zone.kind === 'plaza')!;
    const spotOf = before.get(aPlazaBot)!;
    const plaza: Zone = { kind: 'plaza' };
    const stranger = await signIn(url, 'Stranger', 'kz');
    const tickets = new ResumeTickets(SECRET);
    const arrivalWith = async (ticket: string) => {
      const room = await joinZone(url, stranger.token, plaza, ticket);
      rooms.push(room);
      const at = await ownSpot(room);
      await room.leave(true);
      return at;
    };
    const own = await tickets.issue(stranger.userId, { zone: plaza, ...spotOf, ry: 0 });
    expect(distance(await arrivalWith(own), spotOf)).toBeLessThan(1);
    const cases = {
      someoneElses: aPlazaBot.ticket()!,
      expired: await new ResumeTickets(SECRET, -60).issue(stranger.userId, { zone: plaza, ...spotOf, ry: 0 }),
      forged: await new ResumeTickets('not-the-server-secret-0123456789abcdef').issue(stranger.userId, {
        zone: plaza,
        ...spotOf,
        ry: 0,
      }),
      anotherZone: await tickets.issue(stranger.userId, { zone: { kind: 'pavilion', id: 'uz' }, ...spotOf, ry: 0 }),
    };
    for (const [name, ticket] of Object.entries(cases)) {
      expect(distance(await arrivalWith(ticket), spawn), name).toBeLessThan(0.1);
    }
  });
});

describe('a side meeting across a restart', { timeout: 180_000 }, () => {
  let target: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await target?.drop();
  }, 60_000);

  it('closes with serverShutdown, and its people join it again once the server is back', async () => {
    target = await BACKENDS[0]!.create();
    const env = { ...target.env, SESSION_SECRET: SECRET };
    const setup = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    await CatalogueService.open(setup.db, 'assets/catalogue.json');
    const { code: invite } = await createInvite(setup.db, { role: 'delegate', delegation: 'kz' });
    await setup.close();
    const port = await freePort();
    const start = () => startProcess('node', ['--import', 'tsx', 'server/index.ts'], port, env);
    server = await start();
    const url = server.url;

    const host = (
      await json(`${url}/api/session`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Host', country: 'kz', lang: 'en', invite }),
      })
    ).body as { token: string; user: { id: string } };
    const startsAt = Date.now() - 60_000;
    const booked = await json(`${url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}` },
      body: JSON.stringify({
        hallId: 'baku',
        title: 'Talks',
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 3_600_000).toISOString(),
      }),
    });
    expect(booked.status).toBe(201);
    const meetingId = (booked.body as unknown as { meeting: Meeting }).meeting.id;
    const options = { token: host.token, protocol: PROTOCOL_VERSION, meetingId };
    const join = async () => {
      const joined = await new Client(url).joinOrCreate(ROOMS.meeting, options);
      joined.onMessage('*', () => undefined);
      return joined;
    };
    const room = await join();
    let closedWith: number | undefined;
    room.onLeave((code) => (closedWith = code));

    expect(await server.stop('SIGTERM')).toBe(0);
    await until(() => closedWith !== undefined, 10_000, 'the meeting to close');
    expect(closedWith).toBe(CLOSE_CODES.serverShutdown);
    const back = rejoinAfterRestart(join, () => true, 120_000);
    server = await start();
    const outcome = await back;
    expect(outcome.kind).toBe('joined');
    if (outcome.kind !== 'joined') return;
    const state = outcome.room.state as { attendees?: Map<string, { id: string }> };
    await until(() => [...(state.attendees?.values() ?? [])].some((a) => a.id === host.user.id), 10_000, 'the host');
    await outcome.room.leave(true);
  });
});
