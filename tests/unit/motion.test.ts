import { describe, expect, it } from 'vitest';
import { stepWithWalls } from '../../client/world/controls/walk.ts';
import { sampleAt, type Sample } from '../../client/world/motion.ts';
import { seedWorld } from '../fixtures/world.ts';

const world = seedWorld;

describe('remote avatar interpolation', () => {
  const samples: Sample[] = [
    { t: 0, x: 0, z: 0, ry: 3, anim: 1 },
    { t: 100, x: 1, z: 2, ry: -3, anim: 1 },
  ];
  const out: Sample = { t: 0, x: 0, z: 0, ry: 0, anim: 0 };

  it('blends between the two samples around the render time', () => {
    expect(sampleAt(samples, 50, out)).toBe(true);
    expect(out.x).toBeCloseTo(0.5);
    expect(out.z).toBeCloseTo(1);
  });

  it('turns the short way round', () => {
    sampleAt(samples, 50, out);
    expect(Math.abs(Math.cos(out.ry) - Math.cos(Math.PI))).toBeLessThan(0.01);
  });

  it('holds the last pose when there is nothing newer, and reports an empty buffer', () => {
    sampleAt(samples, 500, out);
    expect(out).toMatchObject({ x: 1, z: 2 });
    expect(sampleAt([], 0, out)).toBe(false);
    expect(sampleAt(undefined, 0, out)).toBe(false);
  });
});

describe('client-side walking', () => {
  it('slides along a wall instead of stopping dead', () => {
    const pose = { x: 0.5, z: 4.3, ry: 0, anim: 0 };
    expect(stepWithWalls(world, pose, 0.3, -0.3)).toBe(true);
    expect(pose.z).toBeCloseTo(4.3);
    expect(pose.x).toBeCloseTo(0.8);
  });

  it('does not step through a wall', () => {
    const pose = { x: 0, z: 4.5, ry: 0, anim: 0 };
    expect(stepWithWalls(world, pose, 0, -0.4)).toBe(false);
    expect(pose).toMatchObject({ x: 0, z: 4.5 });
  });
});
