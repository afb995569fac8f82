import { describe, expect, it } from 'vitest';
import { spotBeside } from '../../shared/world/beside.ts';
import { sameZone, type Zone } from '../../shared/world/world.ts';
import { seedWorld } from '../fixtures/world.ts';

const plaza: Zone = { kind: 'plaza' };
const near = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z);

describe('a spot beside someone', () => {
  it('is free ground in their room, within reach in a straight line, facing them', () => {
    const target = seedWorld.frontOf('kz', 6);
    const spot = spotBeside(seedWorld, plaza, target)!;
    expect(near(spot, target)).toBeCloseTo(1.2, 5);
    expect(seedWorld.isBlocked(spot.x, spot.z)).toBe(false);
    expect(seedWorld.canStep(target, spot)).toBe(true);
    // Facing them: a step along the heading (three.js yaw, 0 = +z) goes towards the person.
    const ahead = { x: spot.x + Math.sin(spot.ry) * 0.5, z: spot.z + Math.cos(spot.ry) * 0.5 };
    expect(near(ahead, target)).toBeLessThan(near(spot, target));
  });

  it('comes from the side of the one arriving, and steps aside from people standing there', () => {
    const target = seedWorld.frontOf('tr', 6);
    const from = { x: target.x + 10, z: target.z };
    const first = spotBeside(seedWorld, plaza, target, [], from)!;
    expect(first.x).toBeGreaterThan(target.x + 1);
    const second = spotBeside(seedWorld, plaza, target, [first], from)!;
    expect(near(second, first)).toBeGreaterThan(0.8);
  });

  it('never puts someone inside a wall or in the room next door, even beside a doorway', () => {
    const pavilion: Zone = { kind: 'pavilion', id: 'kz' };
    const inside = seedWorld.entranceOf('kz');
    for (const from of [undefined, seedWorld.frontOf('kz', 10)]) {
      const spot = spotBeside(seedWorld, pavilion, inside, [], from)!;
      expect(sameZone(seedWorld.zoneOf(spot.x, spot.z), pavilion)).toBe(true);
      expect(seedWorld.isBlocked(spot.x, spot.z)).toBe(false);
    }
  });

  it('finds no spot when everyone already stands around the person', () => {
    const target = seedWorld.frontOf('uz', 6);
    const crowd = [];
    for (const radius of [1.2, 1.8, 2.6]) {
      for (let i = 0; i < 48; i++) {
        const a = (i / 48) * Math.PI * 2;
        crowd.push({ x: target.x + Math.cos(a) * radius, z: target.z + Math.sin(a) * radius });
      }
    }
    expect(spotBeside(seedWorld, plaza, target, crowd)).toBeUndefined();
  });
});
