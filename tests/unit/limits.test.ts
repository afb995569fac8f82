import { describe, expect, it } from 'vitest';
import { FloodGuard } from '../../server/limits/floodGuard.ts';
import { TokenBucket } from '../../server/limits/tokenBucket.ts';
import { LIMITS } from '../../shared/protocol.ts';

describe('TokenBucket', () => {
  it('allows a short burst, then the steady rate and no more', () => {
    const gate = new TokenBucket(LIMITS.moveRateHz, LIMITS.moveBurst, 0);
    let passed = 0;
    for (let i = 0; i < 50; i++) if (gate.tryTake(0)) passed++;
    expect(passed).toBe(LIMITS.moveBurst);
    passed = 0;
    for (let t = 0; t <= 10_000; t += 10) if (gate.tryTake(t)) passed++;
    expect(passed).toBeGreaterThanOrEqual(LIMITS.moveRateHz * 10 - 1);
    expect(passed).toBeLessThanOrEqual(LIMITS.moveRateHz * 10 + 1);
  });

  it('says how long to wait and when it is full again', () => {
    const bucket = new TokenBucket(2, 2, 0);
    expect(bucket.tryTake(0) && bucket.tryTake(0)).toBe(true);
    expect(bucket.waitMs(0)).toBe(500);
    expect(bucket.isFull(500)).toBe(false);
    expect(bucket.isFull(1000)).toBe(true);
  });
});

describe('FloodGuard', () => {
  const limits = { ratePerSecond: 10, burst: 10, maxDrops: 20, windowMs: 5000 };

  it('passes a steady sender at the allowed rate forever', () => {
    const guard = new FloodGuard(limits, 0);
    for (let t = 0; t < 60_000; t += 100) expect(guard.check(t)).toBe('pass');
  });

  it('drops a burst beyond the limit, then disconnects a sender who keeps flooding', () => {
    const guard = new FloodGuard(limits, 0);
    const verdicts = Array.from({ length: 40 }, () => guard.check(0));
    expect(verdicts.slice(0, 10).every((v) => v === 'pass')).toBe(true);
    expect(verdicts.slice(10, 30).every((v) => v === 'drop')).toBe(true);
    expect(verdicts[30]).toBe('disconnect');
  });

  it('forgives drops spread over separate windows', () => {
    const guard = new FloodGuard(limits, 0);
    for (let window = 0; window < 5; window++) {
      const t = window * 6000;
      const verdicts = Array.from({ length: 25 }, () => guard.check(t));
      expect(verdicts).not.toContain('disconnect');
    }
  });
});
