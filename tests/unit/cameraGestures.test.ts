import { describe, expect, it } from 'vitest';
import { movePointer, newGestures, TILT, wheel, ZOOM } from '../../client/world/controls/cameraGestures.ts';

const view = () => ({ tilt: TILT.initial, zoom: 1 });

describe('camera gestures', () => {
  it('turns with a sideways drag and tilts with an upright one, within limits', () => {
    const g = newGestures();
    const v = view();
    g.pointers.set(1, { x: 100, y: 100 });
    expect(movePointer(g, 1, 200, 100, v)).toBeLessThan(0); // dragging right turns the camera the other way
    expect(v.tilt).toBe(TILT.initial);
    movePointer(g, 1, 200, 160, v);
    expect(v.tilt).toBeGreaterThan(TILT.initial);
    movePointer(g, 1, 200, 5000, v);
    expect(v.tilt).toBe(TILT.max);
    movePointer(g, 1, 200, -5000, v);
    expect(v.tilt).toBe(TILT.min);
  });

  it('ignores pointers that were not pressed on the scene (the joystick, the HUD)', () => {
    const g = newGestures();
    const v = view();
    expect(movePointer(g, 7, 300, 300, v)).toBe(0);
    expect(v).toEqual(view());
  });

  it('zooms with a pinch and does not turn while two fingers are down', () => {
    const g = newGestures();
    const v = view();
    g.pointers.set(1, { x: 100, y: 300 });
    g.pointers.set(2, { x: 200, y: 300 });
    expect(movePointer(g, 2, 300, 300, v)).toBe(0); // fingers apart: nearer
    expect(v.zoom).toBeCloseTo(0.5);
    g.pointers.set(2, { x: 150, y: 300 });
    movePointer(g, 2, 110, 300, v);
    expect(v.zoom).toBe(ZOOM.max);
    expect(v.tilt).toBe(TILT.initial);
  });

  it('zooms with the wheel, within limits', () => {
    const v = view();
    wheel(-200, v);
    expect(v.zoom).toBeLessThan(1);
    wheel(100_000, v);
    expect(v.zoom).toBe(ZOOM.max);
  });
});
