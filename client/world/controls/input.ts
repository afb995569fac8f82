/** What the visitor's hands are asking for this frame; written by input components, read by the walker. */
export const input = {
  keys: { forward: false, back: false, left: false, right: false, run: false },
  /** Touch joystick, each axis -1..1 (y up = forward). */
  stick: { x: 0, y: 0 },
};

export function hasManualInput(): boolean {
  const k = input.keys;
  return k.forward || k.back || k.left || k.right || Math.hypot(input.stick.x, input.stick.y) > 0.15;
}
