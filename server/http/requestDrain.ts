import type http from 'node:http';

/** How long a shutdown waits for requests already being answered before cutting them off. */
export const DRAIN_LIMIT_MS = 10_000;

export interface RequestDrain {
  /** Takes no new connections from now on (the rooms still talk over theirs). */
  stopAccepting(): void;
  /** Resolves once every request already in has been answered (or after `limitMs`), then closes what is left. */
  drained(limitMs?: number): Promise<void>;
}

/**
 * Counts the HTTP requests in flight, so that a shutdown closes the database only after every
 * write a client was told succeeded (or is about to be told) has been made.
 */
export function trackRequests(server: http.Server): RequestDrain {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
  });
  return {
    stopAccepting() {
      if (server.listening) server.close();
      server.closeIdleConnections();
    },
    async drained(limitMs = DRAIN_LIMIT_MS) {
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          idle = resolve;
          setTimeout(resolve, limitMs).unref();
        });
      }
      server.closeAllConnections();
    },
  };
}
