import { LIMITS } from '../../shared/protocol.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';

/** One received position of a remote visitor, stamped with the local time it arrived. */
export interface Sample {
  t: number;
  x: number;
  z: number;
  ry: number;
  anim: number;
}

const BUFFER = 12;

/**
 * Per-frame data, outside React: the local visitor's predicted position and the recent
 * samples of everyone else. The network writes it, useFrame reads it.
 */
export const motion = {
  self: { x: 0, z: 0, ry: 0, anim: 0 },
  /** True once the server has told us where we stand. */
  placed: false,
  /**
   * Session id → recent samples of each other visitor whose movements the room sends us (the
   * people near us). An entry exists only while that person is in view: draw, hear and place on
   * the minimap exactly those who have one; the roster lists everyone in the room.
   */
  remote: new Map<string, Sample[]>(),
  /** Remaining waypoints of an automatic walk (directory, click, minimap). */
  route: [] as Vec2[],
  /** Camera yaw around the visitor, radians. */
  cameraYaw: 0,
};

export function pushSample(id: string, sample: Sample): void {
  let samples = motion.remote.get(id);
  if (!samples) motion.remote.set(id, (samples = []));
  samples.push(sample);
  if (samples.length > BUFFER) samples.shift();
}

/**
 * How far behind real time remote avatars are drawn, so there are two samples to blend: one patch
 * interval plus room for a late patch (network jitter, a busy server tick).
 */
export const INTERPOLATION_DELAY_MS = 1000 / LIMITS.patchRateHz + 60;

function lerpAngle(a: number, b: number, t: number): number {
  let d = b - a;
  while (d > Math.PI) d -= Math.PI * 2;
  while (d < -Math.PI) d += Math.PI * 2;
  return a + d * t;
}

/** Writes the interpolated pose at `time` into `out`; false when there is nothing to show. */
export function sampleAt(samples: readonly Sample[] | undefined, time: number, out: Sample): boolean {
  if (!samples || samples.length === 0) return false;
  let i = samples.length - 1;
  while (i > 0 && samples[i]!.t > time) i--;
  const a = samples[i]!;
  const b = samples[i + 1];
  if (!b || time <= a.t) {
    Object.assign(out, a);
    return true;
  }
  const t = Math.min(1, (time - a.t) / Math.max(1, b.t - a.t));
  out.t = time;
  out.x = a.x + (b.x - a.x) * t;
  out.z = a.z + (b.z - a.z) * t;
  out.ry = lerpAngle(a.ry, b.ry, t);
  out.anim = t < 0.5 ? a.anim : b.anim;
  return true;
}
