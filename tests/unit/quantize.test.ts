import { describe, expect, it } from 'vitest';
import { POSITION_SCALE } from '../../shared/protocol.ts';
import { dequantizeAngle, dequantizePosition, quantizeAngle, quantizePosition } from '../../shared/quantize.ts';

describe('quantisation', () => {
  it('keeps positions within half a unit and fits them in int16', () => {
    for (const metres of [0, 0.01, -3.333, 47.91, -81.99]) {
      const units = quantizePosition(metres);
      expect(Number.isInteger(units)).toBe(true);
      expect(Math.abs(dequantizePosition(units) - metres)).toBeLessThanOrEqual(0.5 / POSITION_SCALE);
    }
    expect(quantizePosition(1e6)).toBe(32767);
    expect(quantizePosition(-1e6)).toBe(-32768);
  });

  it('wraps angles into one uint8 turn', () => {
    expect(quantizeAngle(0)).toBe(0);
    expect(quantizeAngle(Math.PI)).toBe(128);
    expect(quantizeAngle(-Math.PI / 2)).toBe(192);
    expect(quantizeAngle(Math.PI * 2 - 0.001)).toBe(0);
    expect(Math.abs(dequantizeAngle(quantizeAngle(1.234)) - 1.234)).toBeLessThan((Math.PI * 2) / 256);
  });
});
