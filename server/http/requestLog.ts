import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { REQUEST_ID_HEADER, RequestId } from '../../shared/requestId.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id: the incoming X-Request-Id when well formed, else a new one; echoed in the response. */
    id: string;
    /** The server's logger with this request's id on every line; handlers log through it. */
    log: Logger;
  }
}

/** Probes scraped every few seconds; logged at debug so that a healthy server's log stays about people. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * First on every HTTP request: gives it an id and a logger that carries it, and when the
 * response is over (sent, or the client gone first: `aborted`) logs one line (id, method, route,
 * status, duration) and observes its latency by route pattern.
 */
export function requestLog(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const given = RequestId.safeParse(req.get(REQUEST_ID_HEADER));
    req.id = given.success ? given.data : randomUUID();
    req.log = log.child({ reqId: req.id });
    res.setHeader(REQUEST_ID_HEADER, req.id);
    // 'close' rather than 'finish': a live feed or a download the client walked away from ends too.
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req);
      metrics.httpSeconds.observe(
        { method: methodOf(req), route, status: `${Math.floor(res.statusCode / 100)}xx` },
        seconds,
      );
      const quiet = PROBES.has(route) && res.statusCode < 400;
      req.log[quiet ? 'debug' : 'info'](
        {
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 10_000) / 10,
          ...(!res.writableFinished && { aborted: true }),
        },
        'request',
      );
    });
    next();
  };
}

/** The matched route's pattern (`/api/booths/:id`), never the raw path: any path a client invents is one label value. */
function routeOf(req: Request): string {
  const pattern: unknown = req.route?.path;
  if (typeof pattern === 'string') return req.baseUrl + pattern;
  return 'unmatched';
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A made-up method is one label value too. */
function methodOf(req: Request): string {
  return METHODS.has(req.method) ? req.method : 'OTHER';
}
