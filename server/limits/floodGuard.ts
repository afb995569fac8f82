import { TokenBucket } from './tokenBucket.ts';

export type FloodVerdict = 'pass' | 'drop' | 'disconnect';

export interface FloodLimits {
  ratePerSecond: number;
  burst: number;
  /** Refused requests within `windowMs` after which the sender is cut off. */
  maxDrops: number;
  windowMs: number;
}

/**
 * Throttles first, then gives up on a sender: over the rate, requests are dropped; a sender
 * that keeps going after being dropped `maxDrops` times within a window is disconnected.
 */
export class FloodGuard {
  private readonly bucket: TokenBucket;
  private windowStart: number;
  private drops = 0;

  constructor(
    private readonly limits: FloodLimits,
    now: number,
  ) {
    this.bucket = new TokenBucket(limits.ratePerSecond, limits.burst, now);
    this.windowStart = now;
  }

  check(now: number): FloodVerdict {
    if (this.bucket.tryTake(now)) return 'pass';
    if (now - this.windowStart > this.limits.windowMs) {
      this.windowStart = now;
      this.drops = 0;
    }
    this.drops += 1;
    return this.drops > this.limits.maxDrops ? 'disconnect' : 'drop';
  }

  retryAfterMs(now: number): number {
    return this.bucket.waitMs(now);
  }

  isIdle(now: number): boolean {
    return this.bucket.isFull(now);
  }
}
