import http from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { trackRequests } from '../../server/http/requestDrain.ts';

let server: http.Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** A server whose /slow answers only when told to, and whose /live streams until ended. */
async function serve() {
  let answer: (() => void) | undefined;
  let streaming = false;
  server = http.createServer((req, res) => {
    if (req.url === '/live') {
      streaming = true;
      // As the routes do: the header set, then sent ahead of the body.
      res.setHeader('content-type', 'application/x-ndjson');
      res.flushHeaders();
      res.write('{"type":"ready"}\n');
      return;
    }
    answer = () => res.end('done');
  });
  const drain = trackRequests(server);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { drain, url, answer: () => answer?.(), answering: () => answer !== undefined, streaming: () => streaming };
}

/** A GET on a connection of its own (no pool), resolving with the whole body. */
function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Whether a new TCP connection to `url`'s port is accepted. */
function accepts(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('draining requests on shutdown', () => {
  it('answers the requests already in, ends live feeds, and takes no new connections', async () => {
    const { drain, url, answer, answering, streaming } = await serve();
    const live = get(`${url}/live`);
    const slow = get(`${url}/slow`);
    while (!answering() || !streaming()) await new Promise((resolve) => setTimeout(resolve, 5));

    drain.stopAccepting();
    let drained = false;
    const done = drain.drained(5000).then(() => (drained = true));
    expect(await accepts(url)).toBe(false);
    // The live feed has been ended; the slow request still holds the drain.
    expect(await live).toBe('{"type":"ready"}\n');
    expect(drained).toBe(false);
    answer();
    expect(await slow).toBe('done');
    await done;
    expect(drained).toBe(true);
  });

  it('gives up on a request that never finishes', async () => {
    const { drain, url, answering } = await serve();
    const stuck = get(`${url}/slow`).catch(() => 'cut off');
    while (!answering()) await new Promise((resolve) => setTimeout(resolve, 5));
    drain.stopAccepting();
    const started = Date.now();
    await drain.drained(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await stuck).toBe('cut off');
  });
});
