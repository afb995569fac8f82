import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import { CLOSE_CODES, LIMITS, MESSAGES, type Notice } from '../../shared/protocol.ts';
import { joinPlaza, newSession, sleep, startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer({ API_REQUESTS_PER_SECOND: '5', SESSIONS_PER_MINUTE: '3' });
});
afterAll(() => server.close());

/** One GET from a chosen loopback address, on a keep-alive agent so a closed connection shows. */
function get(path: string, agent: http.Agent, localAddress: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders } | 'closed'>((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.port, path, agent, localAddress }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', () => resolve('closed'));
  });
}

describe('room flood', () => {
  it('throttles, then disconnects a client that floods, while others in the room carry on', async () => {
    // Sessions are limited per address too: these two are within the burst.
    const flooder = await joinPlaza(server, (await newSession(server)).token);
    const bystander = await joinPlaza(server, (await newSession(server)).token);
    const notices: Notice[] = [];
    let closedWith: number | undefined;
    flooder.onMessage(MESSAGES.notice, (n: Notice) => notices.push(n));
    flooder.onLeave((code) => (closedWith = code));
    let corrections = 0;
    bystander.onMessage(MESSAGES.correction, () => corrections++);
    bystander.onMessage(MESSAGES.notice, () => undefined);
    await until(() => bystander.state?.players?.size === 2, 3000, 'both in the room');
    const me = bystander.state.players.get(bystander.sessionId)!;
    const x = dequantizePosition(me.x);
    let z = dequantizePosition(me.z);

    const flood = async () => {
      for (let burst = 0; burst < 20 && closedWith === undefined; burst++) {
        for (let i = 0; i < 200; i++) flooder.send(i % 2 ? MESSAGES.move : 'nonsense', { x: 0, z: 0, ry: 0, anim: 0 });
        await sleep(10);
      }
    };
    const walk = async () => {
      for (let step = 0; step < 20; step++) {
        z += 0.3;
        bystander.send(MESSAGES.move, { x, z, ry: 0, anim: 1 });
        await sleep(100);
      }
    };
    await Promise.all([flood(), walk()]);
    await until(() => closedWith !== undefined, 5000, 'the flooder to be disconnected');
    expect(closedWith).toBe(CLOSE_CODES.flooding);
    expect(notices.some((n) => n.kind === 'throttled')).toBe(true);

    await until(() => Math.abs(dequantizePosition(me.z) - z) < 0.06, 3000, 'the bystander’s last step');
    expect(corrections).toBe(0);
    await until(() => bystander.state.players.size === 1, 3000, 'the flooder’s avatar to go');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/expo_messages_limited_total\{verdict="disconnect"\} [1-9]/);
    await bystander.leave();
  });

  it('lets a steady client send at the full move rate for as long as it likes', async () => {
    const walker = await joinPlaza(server, (await newSession(server)).token);
    let closed = false;
    walker.onLeave(() => (closed = true));
    walker.onMessage(MESSAGES.correction, () => undefined);
    await until(() => walker.state?.players?.has(walker.sessionId), 3000, 'the walker in the room');
    const me = walker.state.players.get(walker.sessionId)!;
    const at = { x: dequantizePosition(me.x), z: dequantizePosition(me.z), ry: 0, anim: 0 };
    const period = 1000 / LIMITS.moveRateHz;
    for (let i = 0; i < 60; i++) {
      walker.send(MESSAGES.move, at);
      walker.send('nonsense', {});
      await sleep(period);
    }
    await sleep(200);
    expect(closed).toBe(false);
    await walker.leave();
  });
});

describe('HTTP flood', () => {
  it('answers 429 with Retry-After, then closes the connection, while another address is served', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const other = new http.Agent({ keepAlive: true });
    const answers: Awaited<ReturnType<typeof get>>[] = [];
    for (let i = 0; i < 200; i++) {
      const answer = await get('/api/catalogue', agent, '127.0.0.1');
      answers.push(answer);
      if (answer !== 'closed' && answer.headers.connection === 'close') break;
    }
    const statuses = answers.map((a) => (a === 'closed' ? 0 : a.status));
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const limited = answers.find((a) => a !== 'closed' && a.status === 429);
    expect(limited !== 'closed' && Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const last = answers.at(-1)!;
    expect(last !== 'closed' && last.headers.connection).toBe('close');

    const bystander = await get('/api/catalogue', other, '127.0.0.2');
    expect(bystander !== 'closed' && bystander.status).toBe(200);
    agent.destroy();
    other.destroy();
  });

  it('limits new sessions per address', async () => {
    await sleep(1000);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Visitor ${i}`, country: 'tm', lang: 'tk' }),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(6);
  });
});
