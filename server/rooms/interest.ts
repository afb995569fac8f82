/**
 * Who each visitor receives the movements of: the nearest few around them, chosen on a uniform
 * grid so that a crowd costs O(visitors × nearby) rather than O(visitors²). Pure functions,
 * used by roomInterest.ts and tested on their own.
 */

/** How many others a visitor sees and from how far; set by INTEREST_MAX_VISIBLE and INTEREST_RADIUS. */
export interface InterestLimits {
  /** Someone comes into view within this many metres... */
  radius: number;
  /** ...and at most this many others are in view at once, the nearest first. */
  maxVisible: number;
}

/**
 * Someone already in view stays until this many metres beyond `radius`, and counts this much
 * nearer when the nearest are ranked, so that people at the edge do not flicker in and out
 * (each return re-sends the whole person).
 */
export const HYSTERESIS_METRES = 4;

/** Grid cell side: small enough that a dense crowd fills the K nearest within a ring or two. */
const CELL = 4;
/** Offsets that keep cell coordinates positive in the key; the world is a few hundred metres wide. */
const KEY_OFFSET = 1 << 12;
const KEY_STRIDE = 1 << 13;

const cellOf = (metres: number) => Math.floor(metres / CELL);
const keyOf = (cx: number, cz: number) => (cx + KEY_OFFSET) * KEY_STRIDE + (cz + KEY_OFFSET);

/** Everyone's position at one moment, bucketed by cell. */
export class PositionGrid {
  readonly ids: string[] = [];
  private readonly xs: number[] = [];
  private readonly zs: number[] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly index = new Map<string, number>();

  constructor(entries: Iterable<{ id: string; x: number; z: number }>) {
    for (const { id, x, z } of entries) {
      const i = this.ids.length;
      this.ids.push(id);
      this.xs.push(x);
      this.zs.push(z);
      this.index.set(id, i);
      const key = keyOf(cellOf(x), cellOf(z));
      const cell = this.cells.get(key);
      if (cell) cell.push(i);
      else this.cells.set(key, [i]);
    }
  }

  get size(): number {
    return this.ids.length;
  }

  positionOf(id: string): { x: number; z: number } | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : { x: this.xs[i]!, z: this.zs[i]! };
  }

  /**
   * Calls `visit(i, distance)` for everyone in the ring of cells `ring` steps around (x, z);
   * after rings 0…r, everyone within r × CELL metres has been visited.
   */
  visitRing(x: number, z: number, ring: number, visit: (i: number, distance: number) => void): void {
    const cx = cellOf(x);
    const cz = cellOf(z);
    for (let dx = -ring; dx <= ring; dx++) {
      const edge = dx === -ring || dx === ring;
      for (let dz = -ring; dz <= ring; dz += edge ? 1 : 2 * ring) {
        const cell = this.cells.get(keyOf(cx + dx, cz + dz));
        if (cell) for (const i of cell) visit(i, Math.hypot(this.xs[i]! - x, this.zs[i]! - z));
        if (ring === 0) break;
      }
    }
  }
}

/**
 * The others `viewerId` should see now: at most `maxVisible`, nearest first, newcomers within
 * `radius`, those in view already (`seen`) until `radius + HYSTERESIS_METRES` and ranked as if
 * that much nearer. The viewer is never among them (they always see themselves).
 */
export function chooseVisible(
  grid: PositionGrid,
  viewerId: string,
  seen: ReadonlySet<string>,
  limits: InterestLimits,
): string[] {
  const at = grid.positionOf(viewerId);
  if (!at || limits.maxVisible <= 0) return [];
  const leave = limits.radius + HYSTERESIS_METRES;
  const chosen: { id: string; rank: number }[] = [];
  for (let ring = 0; ; ring++) {
    grid.visitRing(at.x, at.z, ring, (i, distance) => {
      const id = grid.ids[i]!;
      if (id === viewerId) return;
      const kept = seen.has(id);
      if (distance > (kept ? leave : limits.radius)) return;
      chosen.push({ id, rank: kept ? distance - HYSTERESIS_METRES : distance });
    });
    // Anyone not visited yet is farther than ring × CELL, so ranks at least that minus the bonus.
    const covered = ring * CELL;
    if (covered >= leave) break;
    if (chosen.length >= limits.maxVisible) {
      const bound = covered - HYSTERESIS_METRES;
      let sure = 0;
      for (const c of chosen) if (c.rank <= bound) sure++;
      if (sure >= limits.maxVisible) break;
    }
  }
  if (chosen.length > limits.maxVisible) {
    chosen.sort((a, b) => a.rank - b.rank);
    chosen.length = limits.maxVisible;
  }
  return chosen.map((c) => c.id);
}
