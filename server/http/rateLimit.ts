import type { Request, RequestHandler, Response } from 'express';
import { FloodGuard, type FloodLimits } from '../limits/floodGuard.ts';
import type { Metrics } from '../metrics.ts';
import { HttpError } from './errors.ts';

/** Forgotten senders are swept at most this often, so the table stays the size of who is active. */
const SWEEP_EVERY_MS = 30_000;

export interface RateLimitOptions {
  /** Names the limit in metrics. */
  name: string;
  limits: FloodLimits;
  /** Whose allowance a request spends: an address, or a signed-in person. */
  keyOf(req: Request, res: Response): string;
  metrics: Metrics;
}

/**
 * Per-sender HTTP rate limit: over the rate, 429 with Retry-After; a sender that keeps
 * hammering after that has its connection closed. Other senders are not affected.
 */
export function rateLimit({ name, limits, keyOf, metrics }: RateLimitOptions): RequestHandler {
  const guards = new Map<string, FloodGuard>();
  let sweptAt = Date.now();
  return (req, res, next) => {
    const now = Date.now();
    if (now - sweptAt > SWEEP_EVERY_MS) {
      for (const [key, guard] of guards) if (guard.isIdle(now)) guards.delete(key);
      sweptAt = now;
    }
    const key = keyOf(req, res);
    let guard = guards.get(key);
    if (!guard) guards.set(key, (guard = new FloodGuard(limits, now)));
    const verdict = guard.check(now);
    if (verdict === 'pass') return next();
    metrics.requestsLimited.inc({ limit: name, verdict });
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(guard.retryAfterMs(now) / 1000))));
    if (verdict === 'disconnect') {
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.socket.destroy());
    }
    throw new HttpError(429, 'rate_limited', 'too many requests; please wait a moment and try again');
  };
}

/** The address a request came from, as Express reports it under the configured proxy trust. */
export function byAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
