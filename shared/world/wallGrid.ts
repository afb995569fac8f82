import type { Segment } from './geometry.ts';

const CELL = 8;

/** A uniform grid over the walls so a move is tested against a handful of segments, not all. */
export class WallGrid {
  private readonly cells = new Map<number, Segment[]>();
  private readonly seen = new Set<Segment>();

  constructor(
    walls: readonly Segment[],
    private readonly margin: number,
  ) {
    for (const wall of walls) {
      this.forCells(
        Math.min(wall.ax, wall.bx) - margin,
        Math.min(wall.az, wall.bz) - margin,
        Math.max(wall.ax, wall.bx) + margin,
        Math.max(wall.az, wall.bz) + margin,
        (key) => {
          const list = this.cells.get(key);
          if (list) list.push(wall);
          else this.cells.set(key, [wall]);
        },
      );
    }
  }

  /** Calls `visit` once for every wall near the box; stops early when it returns true. */
  some(minX: number, minZ: number, maxX: number, maxZ: number, visit: (wall: Segment) => boolean): boolean {
    this.seen.clear();
    let found = false;
    this.forCells(minX, minZ, maxX, maxZ, (key) => {
      if (found) return;
      const list = this.cells.get(key);
      if (!list) return;
      for (const wall of list) {
        if (this.seen.has(wall)) continue;
        this.seen.add(wall);
        if (visit(wall)) {
          found = true;
          return;
        }
      }
    });
    return found;
  }

  private forCells(minX: number, minZ: number, maxX: number, maxZ: number, fn: (key: number) => void): void {
    const x0 = Math.floor(minX / CELL);
    const x1 = Math.floor(maxX / CELL);
    const z0 = Math.floor(minZ / CELL);
    const z1 = Math.floor(maxZ / CELL);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cz = z0; cz <= z1; cz++) fn((cx + 512) * 1024 + (cz + 512));
    }
  }

  get marginMetres(): number {
    return this.margin;
  }
}
