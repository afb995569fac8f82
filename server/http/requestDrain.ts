import type http from 'node:http';
import type { Socket } from 'node:net';

/** How long a shutdown waits for requests already being answered before cutting them off. */
export const DRAIN_LIMIT_MS = 10_000;
/** How long a connection asked to close has to send what it still holds. */
const LINGER_MS = 1000;

export interface RequestDrain {
  /** Takes no new connections from now on (the rooms still talk over theirs). */
  stopAccepting(): void;
  /**
   * Ends the live feeds, then resolves once every other request already in has been answered
   * (or after `limitMs`), and closes the connections left.
   */
  drained(limitMs?: number): Promise<void>;
}

/** A live feed (newline-delimited JSON) never finishes by itself; its client opens it again. */
const isLiveFeed = (res: http.ServerResponse) =>
  String(res.getHeader('content-type') ?? '').startsWith('application/x-ndjson');

/**
 * Keeps the HTTP responses in flight, so that a shutdown closes the database only after every
 * write a client was told succeeded (or is about to be told) has been made.
 */
export function trackRequests(server: http.Server): RequestDrain {
  const inFlight = new Set<http.ServerResponse>();
  const sockets = new Set<Socket>();
  let idle: (() => void) | undefined;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) idle?.();
    });
  });
  return {
    stopAccepting() {
      if (server.listening) server.close();
      server.closeIdleConnections();
    },
    async drained(limitMs = DRAIN_LIMIT_MS) {
      for (const res of inFlight) if (isLiveFeed(res)) res.end();
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => {
          idle = resolve;
          setTimeout(resolve, limitMs).unref();
        });
      }
      // Ended, not destroyed: what was written (a feed's last line, an answer) still reaches its client.
      for (const socket of sockets) {
        socket.end();
        setTimeout(() => socket.destroy(), LINGER_MS).unref();
      }
    },
  };
}
