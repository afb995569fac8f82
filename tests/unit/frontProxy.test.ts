import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { frontProxy } from '../../server/scaling/frontProxy.ts';

/** A worker that answers every request with the headers it was sent. */
const worker = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
let proxy: ReturnType<typeof frontProxy>;
let proxyPort = 0;

const portOf = (server: http.Server) => (server.address() as AddressInfo).port;

beforeAll(async () => {
  await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve));
  const workerPort = portOf(worker);
  proxy = frontProxy(
    { next: () => workerPort, ofProcess: (id) => (id === 'known' ? workerPort : undefined) },
    createLogger('silent'),
  );
  await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  proxyPort = portOf(proxy.server);
});
afterAll(async () => {
  proxy.closeConnections();
  await new Promise((resolve) => proxy.server.close(resolve));
  await new Promise((resolve) => worker.close(resolve));
});

/** Sends raw request bytes to the proxy and returns the raw answer. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxyPort, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (/\r\n\r\n/.test(answer) && (answer.startsWith('HTTP/1.1 503') || answer.includes('}'))) socket.end();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the front proxy', () => {
  it('sets the visitor address itself and passes on no header a visitor could use to pose as another', async () => {
    const answer = await raw(
      'GET /api/catalogue HTTP/1.1\r\nHost: expo\r\nX-Real-IP: 203.0.113.9\r\nForwarded: for=203.0.113.9\r\n' +
        'X-Forwarded-For: 203.0.113.9\r\nConnection: close, X-Private\r\nX-Private: secret\r\nX-Kept: yes\r\n\r\n',
    );
    const headers = JSON.parse(answer.slice(answer.indexOf('{'))) as Record<string, string>;
    expect(headers['x-real-ip']).toBe('127.0.0.1');
    expect(headers['forwarded']).toBeUndefined();
    // Earlier hops are kept in order; the workers trust only the last one, which the proxy adds.
    expect(headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    expect(headers['x-private']).toBeUndefined();
    expect(headers['x-kept']).toBe('yes');
  });

  it("refuses a room connection whose process it does not know, instead of sending it to another's", async () => {
    const answer = await raw(
      'GET /unknown/room1?sessionId=s HTTP/1.1\r\nHost: expo\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(answer.startsWith('HTTP/1.1 503')).toBe(true);
  });
});
