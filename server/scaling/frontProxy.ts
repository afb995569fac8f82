import http, { type IncomingMessage } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { ApiError } from '../../shared/errors.ts';
import type { Logger } from '../log.ts';

export interface WorkerRoutes {
  /** The port of the next worker in turn, for anything that is not a room's WebSocket. */
  next(): number | undefined;
  /** The port of the worker whose Colyseus process id this is. */
  ofProcess(processId: string): number | undefined;
}

/** Headers that belong to one connection, not to the request or response it carries. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

/**
 * The visitor's address after the ones earlier proxies reported: the workers trust this
 * proxy (TRUST_PROXY includes loopback), so rate limits per address still see visitors.
 */
function forwardedFor(req: IncomingMessage): string {
  const earlier = req.headers['x-forwarded-for'];
  const visitor = req.socket.remoteAddress ?? 'unknown';
  return earlier ? `${String(earlier)}, ${visitor}` : visitor;
}

/**
 * Headers only this proxy may set: Colyseus takes a client's address from X-Real-IP before
 * X-Forwarded-For, so one a visitor sent would be believed.
 */
const SET_HERE = new Set(['x-forwarded-for', 'x-real-ip', 'forwarded']);

/** The headers a request's Connection header names: they belong to that connection too (RFC 9110 §7.6.1). */
function namedByConnection(req: IncomingMessage): Set<string> {
  const value = req.headers.connection;
  return new Set((value ?? '').split(',').map((token) => token.trim().toLowerCase()));
}

/** The request's headers as received, minus this connection's own, with the visitor's address. */
function forwardedHeaders(req: IncomingMessage, keep: (name: string) => boolean): [string, string][] {
  const headers: [string, string][] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (keep(name.toLowerCase()) && !SET_HERE.has(name.toLowerCase())) headers.push([name, req.rawHeaders[i + 1]!]);
  }
  headers.push(['X-Forwarded-For', forwardedFor(req)], ['X-Real-IP', req.socket.remoteAddress ?? 'unknown']);
  return headers;
}

/** How long a worker may take to accept a connection before the visitor is told to try again. */
const CONNECT_MS = 5000;

/**
 * A room's WebSocket path ends in /{processId}/{roomId} (colyseus.js adds both to the page's
 * own origin). Only the process that owns the room can take the connection, so the upgrade
 * goes to that worker; any other upgrade (Vite's hot reload in development) goes to any.
 */
function processIdOf(url: string | undefined): string | undefined {
  const segments = new URL(url ?? '/', 'http://proxy').pathname.split('/').filter(Boolean);
  return segments.length >= 2 ? segments[segments.length - 2] : undefined;
}

function unavailable(res: http.ServerResponse): void {
  const body: ApiError = { error: { code: 'unavailable', message: 'the expo is starting again; try in a moment' } };
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' });
  res.end(JSON.stringify(body));
}

/**
 * The one public port in front of the workers. Every browser talks to this origin only, as
 * the page's Content-Security-Policy (connect-src 'self') and the WebSocket Origin check
 * require: HTTP requests go to the workers in turn, room connections to the room's owner.
 */
export function frontProxy(routes: WorkerRoutes, log: Logger): { server: http.Server; closeConnections(): void } {
  // A fresh loopback connection per request: a kept-alive one may be closed by the worker's
  // idle timeout just as a request goes out on it, and that request would fail for nothing.
  const agent = new http.Agent({ keepAlive: false });
  const tunnels = new Set<Duplex>();

  const server = http.createServer((req, res) => {
    const port = routes.next();
    if (port === undefined) return unavailable(res);
    const hopByName = namedByConnection(req);
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req, (name) => !HOP_BY_HOP.has(name) && !hopByName.has(name)).flat(),
        agent,
      },
      (answer) => {
        const headers: string[] = [];
        for (let i = 0; i < answer.rawHeaders.length; i += 2) {
          if (!HOP_BY_HOP.has(answer.rawHeaders[i]!.toLowerCase()))
            headers.push(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
        }
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
        answer.pipe(res);
      },
    );
    // Until the worker accepts the connection only: a live feed may then stay quiet for minutes.
    upstream.on('socket', (socket) => {
      socket.setTimeout(CONNECT_MS, () => upstream.destroy(new Error('the worker did not accept in time')));
      socket.once('connect', () => socket.setTimeout(0));
    });
    upstream.on('error', (error) => {
      log.warn({ err: error, port }, 'a worker did not answer a forwarded request');
      if (!res.headersSent) unavailable(res);
      else res.destroy();
    });
    // A visitor who goes away (a closed live feed) ends the forwarded request too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const owner = processIdOf(req.url);
    // A room's owner that is not (or no longer) listed is restarting: another worker could not
    // take the connection, so the client is told to try again rather than sent anywhere.
    const port = owner === undefined ? routes.next() : routes.ofProcess(owner);
    if (port === undefined) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, '127.0.0.1');
    upstream.setTimeout(CONNECT_MS, () => end());
    tunnels.add(socket);
    const end = () => {
      tunnels.delete(socket);
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    upstream.once('connect', () => {
      upstream.setTimeout(0);
      // The upgrade as received (Connection and Upgrade included), with the visitor's address added.
      const lines = forwardedHeaders(req, () => true).map(([name, value]) => `${name}: ${value}`);
      upstream.write(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
  });

  return {
    server,
    closeConnections: () => {
      server.closeAllConnections();
      for (const socket of tunnels) socket.destroy();
      agent.destroy();
    },
  };
}
