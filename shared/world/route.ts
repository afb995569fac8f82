import type { CountryId } from '../countries.ts';
import { LIMITS } from '../protocol.ts';
import type { Vec2 } from './geometry.ts';
import type { ExpoWorld } from './world.ts';

const SAMPLE_STEP = 0.5;
const RING_NODES = 12;
const RING_RADIUS = 16;

/** True when an avatar can walk the straight line a→b without touching a wall. */
export function isClearPath(world: ExpoWorld, a: Vec2, b: Vec2): boolean {
  const length = Math.hypot(b.x - a.x, b.z - a.z);
  const steps = Math.max(1, Math.ceil(length / SAMPLE_STEP));
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    if (world.isBlocked(a.x + (b.x - a.x) * t, a.z + (b.z - a.z) * t)) return false;
  }
  return world.canStep(a, b);
}

function waypoints(world: ExpoWorld): Vec2[] {
  const nodes: Vec2[] = [];
  for (const p of world.placements) {
    nodes.push(world.frontOf(p.id, 3), world.entranceOf(p.id));
  }
  for (let i = 0; i < RING_NODES; i++) {
    const angle = (i / RING_NODES) * Math.PI * 2;
    nodes.push({ x: Math.cos(angle) * RING_RADIUS, z: Math.sin(angle) * RING_RADIUS });
  }
  return nodes.filter((n) => !world.isBlocked(n.x, n.z));
}

/**
 * The shortest walk from `from` to `to` over a small visibility graph (doorways and a ring
 * around the fountain); an empty list when `to` cannot be reached.
 */
export function planRoute(world: ExpoWorld, from: Vec2, to: Vec2): Vec2[] {
  if (world.isBlocked(to.x, to.z)) return [];
  if (isClearPath(world, from, to)) return [to];
  const nodes = [from, ...waypoints(world), to];
  const goal = nodes.length - 1;
  const cost = new Array<number>(nodes.length).fill(Infinity);
  const previous = new Array<number>(nodes.length).fill(-1);
  const done = new Array<boolean>(nodes.length).fill(false);
  cost[0] = 0;
  for (;;) {
    let current = -1;
    for (let i = 0; i < nodes.length; i++) {
      if (!done[i] && cost[i]! < Infinity && (current < 0 || cost[i]! < cost[current]!)) current = i;
    }
    if (current < 0) return [];
    if (current === goal) break;
    done[current] = true;
    for (let next = 0; next < nodes.length; next++) {
      if (done[next] || next === current) continue;
      const a = nodes[current]!;
      const b = nodes[next]!;
      const through = cost[current]! + Math.hypot(b.x - a.x, b.z - a.z);
      if (through < cost[next]! && isClearPath(world, a, b)) {
        cost[next] = through;
        previous[next] = current;
      }
    }
  }
  const path: Vec2[] = [];
  for (let i = goal; i > 0; i = previous[i]!) path.unshift({ x: nodes[i]!.x, z: nodes[i]!.z });
  return path;
}

/** The walk to just inside a pavilion's entrance. */
export function routeToPavilion(world: ExpoWorld, from: Vec2, id: CountryId): Vec2[] {
  return planRoute(world, from, world.entranceOf(id));
}

export const ARRIVAL_DISTANCE = LIMITS.avatarRadius;

/** The walk to where a visitor stands to talk to a booth; empty for an unknown booth. */
export function routeToBooth(world: ExpoWorld, from: Vec2, boothId: string): Vec2[] {
  const booth = world.booths.find((b) => b.id === boothId);
  return booth ? planRoute(world, from, booth.front) : [];
}
