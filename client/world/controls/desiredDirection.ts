import { useWorld } from '../../state/world.ts';
import { motion } from '../motion.ts';
import { hasManualInput, input } from './input.ts';

/** The walker counts a route point reached this near. */
export const ARRIVED = 0.35;

/**
 * Reads the direction the visitor asks for (keys or joystick relative to the camera, or the route)
 * into `out`; false when there is nowhere to go. Where `manual` is false (the 2D view, which has no
 * keys or stick of its own) only the route is followed: a key or stick left held from the 3D view
 * neither walks the avatar nor cancels the route.
 */
export function desiredDirection(out: { x: number; z: number; run: boolean }, manual: boolean): boolean {
  if (manual && hasManualInput()) {
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
