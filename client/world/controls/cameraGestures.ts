/**
 * What fingers and the mouse do to the camera, outside React and three: one pointer dragging
 * turns (sideways) and tilts (up and down), two pointers pinching zoom, the wheel zooms too.
 * The rig reads `camera` each frame; the yaw lives in motion.ts because walking needs it.
 */

export const TILT = { min: 0.08, max: 1.0, initial: Math.atan2(2.1, 7.5) } as const;
export const ZOOM = { min: 0.5, max: 1.8 } as const;
const TURN_PER_PX = 0.005;
const TILT_PER_PX = 0.004;

export const cameraView = {
  /** Angle above the horizon the camera looks down from, radians. */
  tilt: TILT.initial,
  /** Multiplies the boom's length: below 1 is nearer. */
  zoom: 1,
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface Gestures {
  pointers: Map<number, { x: number; y: number }>;
}

export function newGestures(): Gestures {
  return { pointers: new Map() };
}

function spread(g: Gestures): number {
  const [a, b] = [...g.pointers.values()];
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
}

/**
 * A pointer moved to (x, y). Returns the change of yaw, and changes tilt and zoom in `view`.
 * Pointers not pressed down on the scene (the joystick's, the HUD's) are ignored.
 */
export function movePointer(g: Gestures, id: number, x: number, y: number, view: typeof cameraView): number {
  const before = g.pointers.get(id);
  if (!before) return 0;
  if (g.pointers.size >= 2) {
    const from = spread(g);
    g.pointers.set(id, { x, y });
    const to = spread(g);
    if (from > 0 && to > 0) view.zoom = clamp((view.zoom * from) / to, ZOOM.min, ZOOM.max);
    return 0;
  }
  g.pointers.set(id, { x, y });
  view.tilt = clamp(view.tilt + (y - before.y) * TILT_PER_PX, TILT.min, TILT.max);
  return -(x - before.x) * TURN_PER_PX;
}

/** The mouse wheel (or a trackpad's two-finger scroll) zooms. */
export function wheel(deltaY: number, view: typeof cameraView): void {
  view.zoom = clamp(view.zoom * Math.exp(deltaY * 0.001), ZOOM.min, ZOOM.max);
}
