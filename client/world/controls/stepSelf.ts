import { ANIMS } from '../../../shared/protocol.ts';
import { sameZone, type ExpoWorld } from '../../../shared/world/world.ts';
import { handOver, sendMove } from '../../net/rooms.ts';
import { quality } from '../../state/quality.ts';
import { useWorld } from '../../state/world.ts';
import { motion } from '../motion.ts';
import { desiredDirection } from './desiredDirection.ts';
import { faceTowards, speedFor, stepWithWalls } from './walk.ts';

const last = { x: NaN, z: NaN, ry: NaN, anim: -1, at: 0 };
const before = { x: 0, z: 0 };
const direction = { x: 0, z: 0, run: false };

/**
 * One step of the local visitor, `delta` seconds after the last: walks them (keys, joystick or
 * route), hands over between rooms at a doorway and reports the move. The 3D scene calls it every
 * frame; the 2D mode calls it while a route is under way, so the avatar others see walks the same way.
 * `manual: false` (the 2D mode) follows the route only, whatever keys or stick the 3D view left held.
 */
export function stepSelf(world: ExpoWorld, delta: number, { manual = true } = {}): void {
  const { status, zone } = useWorld.getState();
  if (status !== 'connected' || !motion.placed) return;
  // Slow devices still walk at the right pace; the server allows a quarter-second stride.
  const dt = Math.min(delta, 0.25);
  const self = motion.self;
  self.anim = ANIMS.idle;
  if (desiredDirection(direction, manual)) {
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
