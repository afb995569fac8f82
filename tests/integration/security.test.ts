import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ExpoServer } from '../../server/createServer.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { newSession, startTestServer } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A seat in the plaza reserved over HTTP, and the WebSocket address that claims it. */
async function reserveSeat(origin?: string) {
  const { token } = await newSession(server);
  const response = await fetch(`${server.url}/matchmake/joinOrCreate/plaza`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ token, protocol: PROTOCOL_VERSION }),
  });
  const seat = (await response.json()) as { room: { processId: string; roomId: string }; sessionId: string };
  return {
    response,
    url: `ws://127.0.0.1:${server.port}/${seat.room.processId}/${seat.room.roomId}?sessionId=${seat.sessionId}`,
  };
}

function openSocket(url: string, origin: string): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { origin });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => resolve(0));
  });
}

describe('web hardening', () => {
  it('sends a strict Content-Security-Policy and the other security headers with the page and the API', async () => {
    for (const path of ['/', '/api/catalogue']) {
      const headers = (await fetch(`${server.url}${path}`)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('keeps CORS closed: another site gets no permission to read the API or matchmaking', async () => {
    const api = await fetch(`${server.url}/api/catalogue`, { headers: { origin: 'http://evil.example' } });
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
    const { response } = await reserveSeat('http://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses a WebSocket upgrade from another site, and accepts one from the page’s own origin', async () => {
    const foreign = await reserveSeat();
    expect(await openSocket(foreign.url, 'http://evil.example')).not.toBe('open');
    const own = await reserveSeat();
    expect(await openSocket(own.url, `http://127.0.0.1:${server.port}`)).toBe('open');
  });

  it('refuses WebSocket frames over the size limit', async () => {
    const { url } = await reserveSeat();
    const closed = await new Promise<number>((resolve) => {
      const socket = new WebSocket(url, { origin: `http://127.0.0.1:${server.port}` });
      socket.on('open', () => socket.send(Buffer.alloc(64 * 1024, 1)));
      socket.on('close', (code) => resolve(code));
    });
    expect(closed).toBe(1009);
  });
});
