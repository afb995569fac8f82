import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { Client, type Room, type SeatReservation } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared/api.ts';
import type { DashboardSnapshot } from '../../shared/dashboard.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { StageMessages } from '../../shared/stage.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { openDatabase } from '../../server/db/database.ts';
import { createInvite } from '../../server/db/inviteStore.ts';
import { ARTIFACTS, enterAs, launchBrowser } from '../fixtures/browser.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { until } from '../fixtures/server.ts';

const SERVER = ['--import', 'tsx', 'server/index.ts'];
/**
 * An odd number: new rooms go to the processes in turn, so the second instances, asked for in
 * the same order, would each land on the other process than their first if placement ignored
 * which pavilion they belong to.
 */
const PAVILIONS = ['az', 'kz', 'kg'];

async function session(url: string, name: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name, country: 'kz', lang: 'en' }),
  });
}

async function tokenAt(url: string, name: string): Promise<string> {
  const response = await session(url, name);
  if (response.status !== 201) throw new Error(`session refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as SessionResponse).token;
}

/** The server's answer to matchmaking: colyseus.js's type leaves out the owning process. */
type Seat = SeatReservation & { room: { processId: string; publicAddress?: string } };

/** Matchmaking as colyseus.js does it, keeping the answer: it names the process that owns the room. */
async function reserve(url: string, room: string, options: Record<string, unknown>): Promise<Seat> {
  const token = await tokenAt(url, 'Visitor');
  const response = await fetch(`${url}/matchmake/joinOrCreate/${room}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ token, protocol: PROTOCOL_VERSION, ...options }),
  });
  const answer = (await response.json()) as Seat & { error?: string };
  if (answer.error) throw new Error(`matchmaking refused: ${answer.error}`);
  return answer;
}

/** Takes the seat: colyseus.js connects to the process that owns the room, at its public address. */
async function consume(url: string, seat: SeatReservation): Promise<Room> {
  const room = await new Client(url).consumeSeatReservation(seat);
  room.onMessage('*', () => undefined);
  return room;
}

async function joinPlaza(url: string, name: string): Promise<Room<ExpoRoomState>> {
  const room = await new Client(url).joinOrCreate<ExpoRoomState>(ROOMS.plaza, {
    token: await tokenAt(url, name),
    protocol: PROTOCOL_VERSION,
  });
  room.onMessage('*', () => undefined);
  return room;
}

const meet = (a: Room<ExpoRoomState>, b: Room<ExpoRoomState>) =>
  until(
    () => (a.state.players?.has(b.sessionId) ?? false) && (b.state.players?.has(a.sessionId) ?? false),
    10_000,
    'each to see the other',
  );

/** The pids of a process's children (a primary's workers). */
const childrenOf = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('several server processes without what they share', { timeout: 60_000 }, () => {
  /** Starts the server as an operator would and returns what it printed when it gave up. */
  const refusal = async (args: string[], env: Record<string, string>) => {
    const { DATABASE_URL: _d, REDIS_URL: _r, WORKERS: _w, ...rest } = process.env;
    const run = promisify(execFile)('node', [...SERVER, ...args], {
      env: { ...rest, LIVEKIT: 'off', PORT: String(await freePort()), HOST: '127.0.0.1', ...env },
    });
    const failed = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | undefined;
    expect(failed?.code).toBe(1);
    return failed!.stderr;
  };

  it('refuse to start, saying what is missing', async () => {
    const [noRedis, noDatabase, noDatabaseEither] = await Promise.all([
      refusal(['--workers', '2'], {}),
      refusal(['--workers', '2'], { REDIS_URL: 'redis://127.0.0.1:1' }),
      refusal([], { WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:1' }),
    ]);
    expect(noRedis).toMatch(/could not start: .*need REDIS_URL/);
    expect(noDatabase).toMatch(/could not start: .*need DATABASE_URL: the embedded database serves one process only/);
    expect(noDatabaseEither).toMatch(/need DATABASE_URL/);
  });
});

/**
 * Several processes share one PostgreSQL (PGlite is a folder one process opens), so this runs
 * on PostgreSQL only, each process a real `server/index.ts` with its own redis-server.
 */
describe.each(BACKENDS.filter((b) => b.name === 'postgres'))(
  'several server processes on $name',
  { timeout: 90_000 },
  ({ create }) => {
    let target: TestDatabase;
    const redises: RedisServer[] = [];
    const processes: ServerProcess[] = [];
    /** Everyone who joined stays until the servers stop: a pavilion instance with its one visitor stays full. */
    const rooms: Room[] = [];

    beforeAll(async () => {
      target = await create();
    });
    afterAll(async () => {
      // The servers first, so that nothing here can keep them running: their rooms close with them.
      await Promise.all(processes.map((p) => p.stop()));
      await Promise.all(redises.map((r) => r.stop()));
      await target?.drop();
    });

    it('says so when Redis does not answer, instead of waiting for ever', async () => {
      const nobody = `redis://127.0.0.1:${await freePort()}`;
      await expect(
        startProcess('node', SERVER, await freePort(), { ...target.env, REDIS_URL: nobody }),
      ).rejects.toThrow(/could not start: Redis at REDIS_URL \(redis:\/\/127\.0\.0\.1:\d+\) did not answer within 5 s/);
    });

    describe('two workers started on their own', () => {
      let one: ServerProcess;
      let two: ServerProcess;
      beforeAll(async () => {
        const redis = await startRedis();
        redises.push(redis);
        // Each is reached at its own port, which it gives as its rooms' public address.
        const start = async () => {
          const port = await freePort();
          const env = {
            ...target.env,
            REDIS_URL: redis.url,
            PUBLIC_ADDRESS: `127.0.0.1:${port}`,
            PAVILION_CAPACITY: '1',
          };
          const started = await startProcess('node', SERVER, port, env);
          processes.push(started);
          return started;
        };
        // One after the other: the first migrates and seeds the empty database.
        one = await start();
        two = await start();
      });

      it('let a visitor matchmade by one meet a visitor matchmade by the other in the same plaza', async () => {
        const a = await joinPlaza(one.url, 'Aigerim');
        rooms.push(a);
        const b = await joinPlaza(two.url, 'Bakyt');
        rooms.push(b);
        expect(b.roomId).toBe(a.roomId);
        await meet(a, b);
        expect(a.state.players.get(b.sessionId)?.name).toBe('Bakyt');
        expect(b.state.players.get(a.sessionId)?.name).toBe('Aigerim');
      });

      it('spread new pavilions over both processes, and keep every instance of a pavilion on one', async () => {
        const first = new Map<string, Seat['room']>();
        for (const [i, pavilionId] of PAVILIONS.entries()) {
          const via = i % 2 ? two : one;
          const seat = await reserve(via.url, ROOMS.pavilion, { pavilionId });
          first.set(pavilionId, seat.room);
          rooms.push(await consume(via.url, seat));
        }
        const owners = new Map([...first].map(([pavilionId, room]) => [pavilionId, room.processId]));
        expect(new Set(owners.values()).size).toBe(2);

        // Each pavilion holds one visitor here: the next opens another instance, asked of the
        // process that did not make the first, and it lands beside the first all the same.
        for (const [i, pavilionId] of PAVILIONS.entries()) {
          const via = i % 2 ? one : two;
          const seat = await reserve(via.url, ROOMS.pavilion, { pavilionId });
          rooms.push(await consume(via.url, seat));
          expect(seat.room.roomId).not.toBe(first.get(pavilionId)!.roomId);
          expect(seat.room.processId, pavilionId).toBe(owners.get(pavilionId));
        }
      });

      it("show a hand raised on a pavilion's stage on both processes' dashboards, whichever hosts the pavilion", async () => {
        const database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR });
        const { code: invite } = await createInvite(database.db, { role: 'organiser' }).finally(() => database.close());
        const signedIn = await fetch(`${two.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Olzhas', country: 'kz', lang: 'en', invite }),
        });
        expect(signedIn.status).toBe(201);
        const { token } = (await signedIn.json()) as SessionResponse;
        const handsAt = async (url: string) => {
          const response = await fetch(`${url}/api/dashboard`, { headers: { authorization: `Bearer ${token}` } });
          const snapshot = (await response.json()) as DashboardSnapshot;
          return snapshot.stages.find((s) => s.pavilionId === 'tm')?.handsRaised;
        };
        expect([await handsAt(one.url), await handsAt(two.url)]).toEqual([0, 0]);

        const visitor = await consume(one.url, await reserve(one.url, ROOMS.pavilion, { pavilionId: 'tm' }));
        rooms.push(visitor);
        visitor.send(StageMessages.hand, { raised: true });
        // One of the two processes hosts the pavilion; the other hears of the hand on the bus.
        await until(
          async () => (await handsAt(one.url)) === 1 && (await handsAt(two.url)) === 1,
          10_000,
          'the raised hand on both dashboards',
        );
      });
    });

    describe('npm start -- --workers 2', () => {
      let primary: ServerProcess;
      beforeAll(async () => {
        const redis = await startRedis();
        redises.push(redis);
        primary = await startProcess('node', [...SERVER, '--workers', '2'], await freePort(), {
          ...target.env,
          REDIS_URL: redis.url,
          // Bursts of 6 sessions per address and worker: enough for this file's visitors, who all
          // come from loopback, and few enough for the test of limits below.
          SESSIONS_PER_MINUTE: '3',
        });
        processes.push(primary);
      });

      it('brings two visitors together through the one public port', async () => {
        const catalogue = await fetch(`${primary.url}/api/catalogue`);
        expect(catalogue.status).toBe(200);
        expect(((await catalogue.json()) as { pavilions: unknown[] }).pavilions.length).toBeGreaterThan(0);
        let a = await joinPlaza(primary.url, 'Dilnoza');
        rooms.push(a);
        const b = await joinPlaza(primary.url, 'Emre');
        rooms.push(b);
        expect(b.roomId).toBe(a.roomId);
        await meet(a, b);

        // A dropped visitor comes back to the same seat, whichever worker the reconnection asks.
        for (let drop = 0; drop < 2; drop++) {
          const { reconnectionToken, sessionId } = a;
          a.connection.close();
          await until(() => b.state.players.get(sessionId)?.away === true, 10_000, 'the seat held');
          a = await new Client(primary.url).reconnect<ExpoRoomState>(reconnectionToken);
          a.onMessage('*', () => undefined);
          rooms.push(a);
          expect(a.sessionId).toBe(sessionId);
          await until(() => b.state.players.get(sessionId)?.away === false, 10_000, 'back');
        }
        await Promise.all([a.leave(true), b.leave(true)]);
      });

      it('serves the page whose browsers meet in rooms of either worker, all on its own origin', async () => {
        const browser = await launchBrowser();
        try {
          const refused: string[] = [];
          const visitor = async (name: string, country: string) => {
            // The 2D view: the same rooms, without asking this machine for two software-WebGL scenes.
            const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
            await context.addInitScript(() => localStorage.setItem('tm.view', '2d'));
            const page = await context.newPage();
            page.on('console', (message) => {
              if (/Content Security Policy|Refused to|WebSocket/i.test(message.text())) refused.push(message.text());
            });
            await enterAs(page, primary.url, name, country);
            return page;
          };
          const a = await visitor('Gulnara Abenova', 'kz');
          const b = await visitor('Mehmet Yılmaz', 'tr');
          // The plaza is empty but for these two (the visitors before them have left).
          for (const page of [a, b]) {
            await page
              .getByTestId('place')
              .filter({ hasText: /Expo plaza · 2 people here/ })
              .waitFor({ timeout: 30_000 });
          }
          // Into two pavilions, which new rooms take to both workers in turn.
          await a.locator('[data-pavilion="kz"]').click();
          await b.locator('[data-pavilion="tr"]').click();
          await a.locator('.flat[data-place="kz"]').waitFor({ timeout: 30_000 });
          await b.locator('.flat[data-place="tr"]').waitFor({ timeout: 30_000 });
          await a.screenshot({ path: `${ARTIFACTS}/workers-pavilion.png` });
          expect(refused).toEqual([]);
        } finally {
          await browser.close();
        }
      });

      it('tells the workers who the visitor is, so limits per address still hold', async () => {
        // The test is on loopback like the proxy; the address it claims stands for a visitor's.
        const from = (address: string) => session(primary.url, 'Limited', { 'x-forwarded-for': address });
        const statuses: number[] = [];
        for (let i = 0; i < 14; i++) statuses.push((await from('198.51.100.7')).status);
        expect(statuses).toContain(429);
        expect((await from('198.51.100.8')).status).toBe(201);
      });

      it('starts a worker again when it dies, and closes them all on SIGTERM', async () => {
        const workers = childrenOf(primary.child.pid!);
        expect(workers).toHaveLength(2);
        const killedAt = Math.floor(Date.now() / 1000);
        process.kill(workers[0]!, 'SIGKILL');
        await until(
          () => childrenOf(primary.child.pid!).filter((pid) => !workers.includes(pid)).length === 1,
          20_000,
          'a new worker',
        );
        // The new worker answers through the proxy: a process started after the kill reports its metrics.
        const startedAt = async () => {
          const metrics = await (await fetch(`${primary.url}/metrics`)).text();
          return Number(/^process_start_time_seconds (\d+)/m.exec(metrics)?.[1]);
        };
        await until(async () => (await startedAt()) >= killedAt, 60_000, 'the new worker to answer');
        const c = await joinPlaza(primary.url, 'Farida');
        rooms.push(c);
        const now = childrenOf(primary.child.pid!);
        expect(await primary.stop('SIGTERM')).toBe(0);
        await until(() => now.every((pid) => !isRunning(pid)), 30_000, 'the workers to exit');
      });
    });
  },
);
