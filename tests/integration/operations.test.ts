import { createServer, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import { TourMessages, type TourRefused } from '../../shared/tours.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { sampleOf } from '../fixtures/metricsText.ts';
import {
  joinPlaza,
  newSession,
  serverOnFreshDatabase,
  sessionWithRole,
  startTestServer,
  until,
} from '../fixtures/server.ts';

/** What the server logs, line by line, as the JSON pino writes. */
function logCapture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination: stream };
}

async function metricsText(server: ExpoServer): Promise<string> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** A loopback port nothing listens on (taken from the system, then let go). */
async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const HOUR = 3_600_000;
function slot(days: number) {
  const day = new Date();
  day.setUTCHours(10, 0, 0, 0);
  const start = day.getTime() + days * 24 * HOUR;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString() };
}

describe.each(BACKENDS)('health and metrics on $name', { timeout: 60_000 }, ({ create }) => {
  const { server } = serverOnFreshDatabase(create, { API_REQUESTS_PER_SECOND: '1000' });

  it('is ready when the database answers, with media off said as such', async () => {
    const response = await call(server(), 'GET', '/readyz');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ ok: true, checks: { database: 'ok', livekit: 'off' } });
    expect((await call(server(), 'GET', '/healthz')).json).toEqual({ ok: true });
  });

  it('times HTTP requests by route pattern, method and status class, never by raw path', async () => {
    const visitor = await newSession(server());
    const catalogue = await call(server(), 'GET', '/api/catalogue');
    const boothId = (catalogue.json as unknown as { pavilions: { booths: { id: string }[] }[] }).pavilions[0]!
      .booths[0]!.id;
    // A visitor may not read a booth's leads: refused by the route, whose pattern is what is counted.
    const refused = await call(server(), 'GET', `/api/booths/${boothId}/leads`, { token: visitor.token });
    expect(refused.status).toBe(403);
    expect((await call(server(), 'GET', '/api/catalogue')).status).toBe(200);
    expect((await call(server(), 'GET', '/api/no-such-thing-42')).status).toBe(404);
    const text = await metricsText(server());
    const count = (route: string, status: string, method = 'GET') =>
      sampleOf(text, 'expo_http_request_seconds_count', { method, route, status });
    expect(count('/api/booths/:id/leads', '4xx')).toBe(1);
    expect(count('/api/catalogue', '2xx')).toBeGreaterThanOrEqual(1);
    expect(count('/api/session', '2xx', 'POST')).toBeGreaterThanOrEqual(1);
    expect(count('unmatched', '4xx')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(
      /expo_http_request_seconds_bucket\{le="0\.1",method="GET",route="\/api\/catalogue",status="2xx"\}/,
    );
    expect(text).not.toContain(boothId);
    expect(text).not.toContain('no-such-thing-42');
  });

  it('counts room messages refused for a bad payload or a missing permission, by type and reason', async () => {
    const visitor = await newSession(server());
    const room = await joinPlaza(server(), visitor.token);
    try {
      const notices: Notice[] = [];
      const tourRefusals: TourRefused[] = [];
      room.onMessage(MESSAGES.notice, (notice: Notice) => notices.push(notice));
      room.onMessage(TourMessages.refused, (refusal: TourRefused) => tourRefusals.push(refusal));
      // A chat line with no text fails its schema...
      room.send(MESSAGES.chat, { kind: 'room', text: 42 });
      // ...and a visitor may not lead a tour.
      room.send(TourMessages.start, { title: 'My tour' });
      await until(
        () => notices.some((n) => n.kind === 'message_refused') && tourRefusals.length > 0,
        5000,
        'the refusals',
      );
      expect(notices.find((n) => n.kind === 'message_refused')).toMatchObject({ refusal: { code: 'invalid' } });
      expect(tourRefusals[0]!.refusal).toMatchObject({ code: 'not_allowed' });
      const text = await metricsText(server());
      expect(sampleOf(text, 'expo_messages_rejected_total', { type: MESSAGES.chat, reason: 'invalid' })).toBe(1);
      expect(sampleOf(text, 'expo_messages_rejected_total', { type: TourMessages.start, reason: 'not_allowed' })).toBe(
        1,
      );
      expect(sampleOf(text, 'expo_room_clients', { room: 'plaza' })).toBeGreaterThanOrEqual(1);
    } finally {
      await room.leave();
    }
  });

  it('counts a query the database refuses: a second booking of a taken hall', async () => {
    const delegate = (name: string) => sessionWithRole(server(), { role: 'delegate', delegation: 'kz' }, { name });
    const [first, second] = [await delegate('First host'), await delegate('Second host')];
    const before = sampleOf(await metricsText(server()), 'expo_db_errors_total', { class: '23' });
    const book = (token: string) =>
      call(server(), 'POST', '/api/meetings', { token, body: { hallId: 'baku', title: 'Talks', ...slot(3) } });
    expect((await book(first.token)).status).toBe(201);
    const clash = await book(second.token);
    expect(clash.status).toBe(409);
    // The exclusion constraint (SQLSTATE 23P01) refused the insert; the product turned it into the 409.
    expect(sampleOf(await metricsText(server()), 'expo_db_errors_total', { class: '23' })).toBeGreaterThan(before);
  });
});

/** Makes the server's database stop answering: PostgreSQL refuses connections to it, PGlite is closed. */
async function cutOff(server: ExpoServer, target: TestDatabase): Promise<void> {
  if (target.backend === 'pglite') return server.db.destroy();
  const url = new URL(target.env.DATABASE_URL!);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  } finally {
    await admin.end();
  }
}

describe.each(BACKENDS)('readiness without a database on $name', { timeout: 60_000 }, ({ create }) => {
  let target: TestDatabase;
  let server: ExpoServer;
  const log = logCapture();
  beforeAll(async () => {
    target = await create();
    server = await startTestServer({ ...target.env, LOG_LEVEL: 'info' }, { logDestination: log.destination });
  });
  afterAll(async () => {
    await server.close();
    await target.drop();
  });

  it('answers 503 naming the database, within the probe bound, and logs the failures with the request id', async () => {
    await cutOff(server, target);
    const started = Date.now();
    const response = await fetch(`${server.url}/readyz`, { headers: { 'X-Request-Id': 'probe-1' } });
    expect(Date.now() - started).toBeLessThan(3500);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { ok: boolean; checks: { database: unknown; livekit: unknown } };
    expect(body).toEqual({ ok: false, checks: { database: { failed: expect.any(String) }, livekit: 'off' } });
    // A request that needs the database fails as a 500, logged as an error with its request id.
    const session = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Request-Id': 'session-after-cut' },
      body: JSON.stringify({ name: 'Aigerim', country: 'kz', lang: 'en' }),
    });
    expect(session.status).toBe(500);
    await until(
      () => log.lines.some((l) => l.reqId === 'session-after-cut' && l.msg === 'request'),
      2000,
      'the request line',
    );
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 50, reqId: 'session-after-cut', msg: 'unhandled error in HTTP handler' }),
    );
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, reqId: 'probe-1', msg: 'not ready' }));
  });
});

describe('readiness with LiveKit unreachable', { timeout: 60_000 }, () => {
  it('answers 503 naming livekit while the database is fine', async () => {
    const server = await startTestServer({ LIVEKIT_URL: `ws://127.0.0.1:${await deadPort()}` });
    try {
      const started = Date.now();
      const response = await call(server, 'GET', '/readyz');
      expect(Date.now() - started).toBeLessThan(3500);
      expect(response.status).toBe(503);
      expect(response.json).toEqual({
        ok: false,
        checks: { database: 'ok', livekit: { failed: expect.stringContaining('ECONNREFUSED') } },
      });
    } finally {
      await server.close();
    }
  });

  it('answers within the bound when LiveKit accepts the connection and then says nothing', async () => {
    // A hung dependency: the connection is taken, no answer ever comes.
    const held = new Set<Socket>();
    const silent = createServer((socket) => held.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const server = await startTestServer({ LIVEKIT_URL: `ws://127.0.0.1:${port}` });
    try {
      const started = Date.now();
      const response = await call(server, 'GET', '/readyz');
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(1900);
      expect(took).toBeLessThan(3500);
      expect(response.status).toBe(503);
      expect(response.json).toEqual({
        ok: false,
        checks: { database: 'ok', livekit: { failed: 'no answer within 2000 ms' } },
      });
    } finally {
      await server.close();
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('request ids', { timeout: 60_000 }, () => {
  let server: ExpoServer;
  const log = logCapture();
  beforeAll(async () => {
    server = await startTestServer({ LOG_LEVEL: 'info' }, { logDestination: log.destination });
  });
  afterAll(async () => server.close());

  const lineOf = (reqId: string) => log.lines.find((l) => l.reqId === reqId && l.msg === 'request');

  it('echoes a well-formed X-Request-Id and logs the request under it', async () => {
    const response = await fetch(`${server.url}/api/catalogue`, { headers: { 'X-Request-Id': 'edge-7f3a.42' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('edge-7f3a.42');
    await until(() => lineOf('edge-7f3a.42') !== undefined, 2000, 'the request line');
    expect(lineOf('edge-7f3a.42')).toMatchObject({
      level: 30,
      method: 'GET',
      route: '/api/catalogue',
      status: 200,
      ms: expect.any(Number),
    });
  });

  it('makes up an id when none or a malformed one is given', async () => {
    for (const given of [undefined, 'not a valid id!', 'x'.repeat(200)]) {
      const response = await fetch(`${server.url}/api/catalogue`, {
        headers: given === undefined ? {} : { 'X-Request-Id': given },
      });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await until(() => lineOf(id!) !== undefined, 2000, 'the request line');
    }
  });
});
