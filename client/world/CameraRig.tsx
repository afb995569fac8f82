import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import type { ExpoWorld } from '../../shared/world/world.ts';
import { cameraView, movePointer, newGestures, TILT, wheel } from './controls/cameraGestures.ts';
import { motion } from './motion.ts';

const DISTANCE = 7.5;
const HEIGHT = 3.6;
const LOOK_HEIGHT = 1.5;
/** Keeps the lens this far in front of a wall it would otherwise pass through. */
const WALL_CLEARANCE = 0.4;

function easeAngle(from: number, to: number, t: number): number {
  let d = to - from;
  while (d > Math.PI) d -= Math.PI * 2;
  while (d < -Math.PI) d += Math.PI * 2;
  return from + d * Math.min(1, t);
}

const target = new Vector3();
const desired = new Vector3();
const from = { x: 0, z: 0 };
const to = { x: 0, z: 0 };

/**
 * A third-person camera behind the visitor. Dragging turns and tilts it, pinching or the wheel
 * zooms (controls/cameraGestures.ts); a wall between the visitor and the camera pulls the camera
 * in, so it never looks through walls.
 */
export function CameraRig({ world }: { world: ExpoWorld }) {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  // A tall phone screen sees less to the sides: stand further back to keep the scene in view.
  const boom = useThree((s) => (s.size.width < s.size.height ? DISTANCE * 1.5 : DISTANCE));

  useEffect(() => {
    const gestures = newGestures();
    const down = (e: PointerEvent) => {
      gestures.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    };
    const moveHandler = (e: PointerEvent) => {
      motion.cameraYaw += movePointer(gestures, e.pointerId, e.clientX, e.clientY, cameraView);
    };
    const up = (e: PointerEvent) => {
      gestures.pointers.delete(e.pointerId);
    };
    const zoom = (e: WheelEvent) => {
      e.preventDefault();
      wheel(e.deltaY, cameraView);
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('wheel', zoom, { passive: false });
    addEventListener('pointermove', moveHandler);
    addEventListener('pointerup', up);
    addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('wheel', zoom);
      removeEventListener('pointermove', moveHandler);
      removeEventListener('pointerup', up);
      removeEventListener('pointercancel', up);
    };
  }, [element]);

  useFrame((_, delta) => {
    const self = motion.self;
    // On an automatic walk the camera swings round behind the visitor, to look where they go.
    if (motion.route.length > 0) motion.cameraYaw = easeAngle(motion.cameraYaw, self.ry + Math.PI, delta * 2);
    from.x = self.x;
    from.z = self.z;
    const reach = boom * cameraView.zoom;
    // At the initial tilt the lens stands at HEIGHT, however long the boom; tilting raises or lowers it.
    const rise = (HEIGHT - LOOK_HEIGHT) * cameraView.zoom * (Math.tan(cameraView.tilt) / Math.tan(TILT.initial));
    to.x = self.x + Math.sin(motion.cameraYaw) * reach;
    to.z = self.z + Math.cos(motion.cameraYaw) * reach;
    const clear = world.clearFraction(from, to);
    const distance = Math.max(0.6, clear * reach - (clear < 1 ? WALL_CLEARANCE : 0));
    const height = LOOK_HEIGHT + (clear < 1 ? rise * (distance / reach) : rise);
    desired.set(self.x + Math.sin(motion.cameraYaw) * distance, height, self.z + Math.cos(motion.cameraYaw) * distance);
    // Snap in when a wall cuts the view, ease out when it clears: never a frame inside a wall.
    if (clear < 1) camera.position.copy(desired);
    else camera.position.lerp(desired, Math.min(1, delta * 6));
    target.set(self.x, LOOK_HEIGHT, self.z);
    camera.lookAt(target);
  });
  return null;
}
