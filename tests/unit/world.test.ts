import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/protocol.ts';
import { PLAZA, pavilionWalls } from '../../shared/world/layout.ts';
import { judgeMove, maxStep } from '../../shared/world/moveRules.ts';
import { isClearPath, planRoute, routeToPavilion } from '../../shared/world/route.ts';
import { HANDOVER_MARGIN } from '../../shared/world/world.ts';
import { seedCatalogue, seedWorld } from '../fixtures/world.ts';

const catalogue = seedCatalogue;
const world = seedWorld;
const plaza = { kind: 'plaza' } as const;

describe('the expo layout', () => {
  it('places one pavilion per catalogue entry on the ring, doors towards the middle', () => {
    expect(world.placements.map((p) => p.id)).toEqual(catalogue.pavilions.map((p) => p.id));
    for (const p of world.placements) {
      expect(Math.hypot(p.center.x, p.center.z)).toBeCloseTo(PLAZA.ringRadius);
      expect(Math.hypot(p.door.x, p.door.z)).toBeLessThan(PLAZA.ringRadius);
    }
  });

  it('leaves each doorway open and closes every other side', () => {
    for (const p of world.placements) {
      expect(world.isBlocked(p.door.x, p.door.z)).toBe(false);
      const back = { x: p.center.x * 1.3, z: p.center.z * 1.3 };
      expect(world.canStep(p.center, back)).toBe(false);
      expect(pavilionWalls(p).length).toBeGreaterThanOrEqual(p.sides - 2);
    }
  });

  it('knows which zone a point is in', () => {
    const kz = world.pavilion('kz')!;
    expect(world.zoneOf(kz.center.x, kz.center.z)).toEqual({ kind: 'pavilion', id: 'kz' });
    expect(world.zoneOf(0, 16)).toEqual(plaza);
    expect(world.isBlocked(0, 0)).toBe(true);
    expect(world.isBlocked(0, 16)).toBe(false);
    expect(world.isBlocked(PLAZA.radius + 1, 0)).toBe(true);
  });

  it('hands over only once a visitor is through the doorway', () => {
    const kz = world.pavilion('kz')!;
    const inside = world.entranceOf('kz');
    expect(world.roomZoneFor(plaza, kz.door.x, kz.door.z)).toEqual(plaza);
    expect(world.roomZoneFor(plaza, inside.x, inside.z)).toEqual({ kind: 'pavilion', id: 'kz' });
    const out = world.frontOf('kz', 3);
    expect(world.roomZoneFor({ kind: 'pavilion', id: 'kz' }, out.x, out.z)).toEqual(plaza);
  });

  it('lets each room hold a visitor a little past its doorway, and no further', () => {
    const zone = { kind: 'pavilion', id: 'kz' } as const;
    const near = world.frontOf('kz', HANDOVER_MARGIN - 0.5);
    const far = world.frontOf('kz', HANDOVER_MARGIN + 0.5);
    expect(world.fitsZone(zone, near.x, near.z)).toBe(true);
    expect(world.fitsZone(zone, far.x, far.z)).toBe(false);
    const deep = world.pavilion('kz')!.center;
    expect(world.fitsZone(plaza, deep.x, deep.z)).toBe(false);
  });
});

describe('movement rules', () => {
  const from = { x: 0, z: 16 };

  it('accepts a walking step and refuses one faster than running', () => {
    expect(judgeMove(world, plaza, from, { x: 0.2, z: 16 }, 50)).toBe('ok');
    expect(judgeMove(world, plaza, from, { x: 3, z: 16 }, 50)).toBe('too_fast');
    expect(maxStep(50)).toBeLessThan(LIMITS.runSpeed);
  });

  it('does not let a long pause buy a teleport', () => {
    expect(maxStep(60_000)).toBe(maxStep(1000));
    expect(judgeMove(world, plaza, from, { x: 0, z: 36 }, 60_000)).toBe('too_fast');
  });

  it('refuses steps into walls and out of the room', () => {
    expect(judgeMove(world, plaza, { x: 0, z: 4.5 }, { x: 0, z: 4.1 }, 50)).toBe('blocked');
    const kz = world.pavilion('kz')!;
    const inside = world.entranceOf('kz');
    const deeper = { x: inside.x + (kz.center.x - inside.x) * 0.4, z: inside.z + (kz.center.z - inside.z) * 0.4 };
    expect(judgeMove(world, plaza, inside, deeper, 1000)).toBe('outside_room');
  });
});

describe('routes', () => {
  it('walks around the fountain and into any pavilion', () => {
    for (const p of world.placements) {
      const route = routeToPavilion(world, { x: 0, z: 16 }, p.id);
      expect(route.length).toBeGreaterThan(0);
      let at = { x: 0, z: 16 };
      for (const point of route) {
        expect(isClearPath(world, at, point)).toBe(true);
        at = point;
      }
      expect(world.zoneOf(at.x, at.z)).toEqual({ kind: 'pavilion', id: p.id });
    }
  });

  it('finds no route to a point inside a wall', () => {
    expect(planRoute(world, { x: 0, z: 16 }, { x: 0, z: 0 })).toEqual([]);
  });
});

describe('booths', () => {
  const withBooths = world;

  it('stands every booth inside its pavilion, clear of the doorway, reachable from the entrance', () => {
    expect(withBooths.booths.length).toBeGreaterThanOrEqual(40);
    for (const b of withBooths.booths) {
      const zone = withBooths.zoneOf(b.center.x, b.center.z);
      expect(zone).toEqual({ kind: 'pavilion', id: b.pavilionId });
      expect(withBooths.isBlocked(b.front.x, b.front.z)).toBe(false);
      const door = withBooths.pavilion(b.pavilionId as 'kz')!.door;
      expect(Math.hypot(b.center.x - door.x, b.center.z - door.z)).toBeGreaterThan(4);
      const route = planRoute(withBooths, withBooths.entranceOf(b.pavilionId as 'kz'), b.front);
      expect(route.length).toBeGreaterThan(0);
    }
  });

  it('knows which booth a visitor stands at', () => {
    const b = withBooths.booths[3]!;
    expect(withBooths.boothAt(b.pavilionId as 'kz', b.front.x, b.front.z)?.id).toBe(b.id);
    expect(
      withBooths.boothAt(
        b.pavilionId as 'kz',
        withBooths.pavilion(b.pavilionId as 'kz')!.center.x,
        withBooths.pavilion(b.pavilionId as 'kz')!.center.z,
      ),
    ).toBeUndefined();
  });

  it('makes a stand solid', () => {
    const b = withBooths.booths[0]!;
    expect(withBooths.canStep(b.front, b.center)).toBe(false);
  });
});
