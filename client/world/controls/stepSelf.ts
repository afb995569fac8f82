import { ANIMS } from '../../../shared/protocol.ts';
import { sameZone, type ExpoWorld } from '../../../shared/world/world.ts';
import { handOver, sendMove } from '../../net/rooms.ts';
import { quality } from '../../state/quality.ts';
import { useWorld } from '../../state/world.ts';
import { motion } from '../motion.ts';
import { faceTowards, speedFor, stepWithWalls } from './walk.ts';
import { hasManualInput, input } from './input.ts';

const ARRIVED = 0.35;
const last = { x: NaN, z: NaN, ry: NaN, anim: -1, at: 0 };
const before = { x: 0, z: 0 };

/** Reads the direction the visitor asks for (keys or joystick relative to the camera, or the route). */
function desiredDirection(out: { x: number; z: number; run: boolean }): boolean {
  if (hasManualInput()) {
    motion.route = [];
    if (useWorld.getState().walkingTo) useWorld.setState({ walkingTo: null });
    const k = input.keys;
    const forward = (k.forward ? 1 : 0) - (k.back ? 1 : 0) + input.stick.y;
    const right = (k.right ? 1 : 0) - (k.left ? 1 : 0) + input.stick.x;
    const fx = -Math.sin(motion.cameraYaw);
    const fz = -Math.cos(motion.cameraYaw);
    out.x = fx * forward - fz * right;
    out.z = fz * forward + fx * right;
    out.run = k.run || Math.hypot(input.stick.x, input.stick.y) > 0.95;
  } else {
    let next = motion.route[0];
    while (next && Math.hypot(next.x - motion.self.x, next.z - motion.self.z) < ARRIVED) {
      motion.route.shift();
      next = motion.route[0];
    }
    if (!next) {
      if (useWorld.getState().walkingTo) useWorld.setState({ walkingTo: null });
      return false;
    }
    out.x = next.x - motion.self.x;
    out.z = next.z - motion.self.z;
    out.run = true;
  }
  const length = Math.hypot(out.x, out.z);
  if (length < 1e-3) return false;
  out.x /= length;
  out.z /= length;
  return true;
}

const direction = { x: 0, z: 0, run: false };

/**
 * One step of the local visitor, `delta` seconds after the last: walks them (keys, joystick or
 * route), hands over between rooms at a doorway and reports the move. The 3D scene calls it every
 * frame; the 2D mode calls it while a route is under way, so the avatar others see walks the same way.
 */
export function stepSelf(world: ExpoWorld, delta: number): void {
  const { status, zone } = useWorld.getState();
  if (status !== 'connected' || !motion.placed) return;
  // Slow devices still walk at the right pace; the server allows a quarter-second stride.
  const dt = Math.min(delta, 0.25);
  const self = motion.self;
  self.anim = ANIMS.idle;
  if (desiredDirection(direction)) {
    const distance = speedFor(direction.run) * dt;
    const target = motion.route[0];
    const step = target ? Math.min(distance, Math.hypot(target.x - self.x, target.z - self.z)) : distance;
    before.x = self.x;
    before.z = self.z;
    if (stepWithWalls(world, self, direction.x * step, direction.z * step)) {
      // Never walk past the current room's edge while a hand-over is still on its way.
      if (!world.fitsZone(zone, self.x, self.z)) {
        self.x = before.x;
        self.z = before.z;
      } else {
        self.anim = direction.run ? ANIMS.run : ANIMS.walk;
      }
    } else if (target) {
      motion.route = [];
    }
    faceTowards(self, direction.x, direction.z, dt);
  }
  const wanted = world.roomZoneFor(zone, self.x, self.z);
  if (!sameZone(wanted, zone)) void handOver(wanted);

  const now = performance.now();
  const changed =
    self.x !== last.x || self.z !== last.z || self.anim !== last.anim || Math.abs(self.ry - last.ry) > 0.02;
  // The low-bandwidth preset sends fewer moves; the others send at the protocol's rate.
  if (changed && now - last.at >= 1000 / quality().moveRateHz) {
    sendMove({ x: self.x, z: self.z, ry: self.ry, anim: self.anim as 0 | 1 | 2 });
    last.x = self.x;
    last.z = self.z;
    last.ry = self.ry;
    last.anim = self.anim;
    last.at = now;
  }
}
