import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/protocol.ts';
import { MoveGate } from '../../server/rooms/moveGate.ts';

describe('MoveGate', () => {
  it('allows a short burst, then the steady rate and no more', () => {
    const gate = new MoveGate(0);
    let passed = 0;
    for (let i = 0; i < 50; i++) if (gate.tryPass(0)) passed++;
    expect(passed).toBe(LIMITS.moveBurst);
    passed = 0;
    for (let t = 0; t <= 10_000; t += 10) if (gate.tryPass(t)) passed++;
    expect(passed).toBeGreaterThanOrEqual(LIMITS.moveRateHz * 10 - 1);
    expect(passed).toBeLessThanOrEqual(LIMITS.moveRateHz * 10 + 1);
  });
});
