import { LIMITS } from '../../shared/protocol.ts';

/**
 * A token bucket per client: a burst of a few moves is fine, a steady stream faster than
 * LIMITS.moveRateHz is not. Pure so that it can be tested without a clock.
 */
export class MoveGate {
  private tokens: number = LIMITS.moveBurst;
  private refilledAt: number;

  constructor(now: number) {
    this.refilledAt = now;
  }

  tryPass(now: number): boolean {
    const elapsed = Math.max(0, now - this.refilledAt) / 1000;
    this.tokens = Math.min(LIMITS.moveBurst, this.tokens + elapsed * LIMITS.moveRateHz);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
