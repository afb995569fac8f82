import { ANGLE_STEPS, POSITION_SCALE } from './protocol.ts';

/** Metres → int16 units; the world is far smaller than the int16 range allows. */
export function quantizePosition(metres: number): number {
  return Math.max(-32768, Math.min(32767, Math.round(metres * POSITION_SCALE)));
}

export function dequantizePosition(units: number): number {
  return units / POSITION_SCALE;
}

/** Radians → uint8 steps of a full turn. */
export function quantizeAngle(radians: number): number {
  const turn = radians / (Math.PI * 2);
  const steps = Math.round((turn - Math.floor(turn)) * ANGLE_STEPS);
  return steps % ANGLE_STEPS;
}

export function dequantizeAngle(steps: number): number {
  return (steps / ANGLE_STEPS) * Math.PI * 2;
}
