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
 * Someone already in view stays until this many metres beyond `radius`, so that people at the
 * edge do not flicker in and out (each return re-sends the whole person).
 */
export const HYSTERESIS_METRES = 4;
/** ...and counts this much nearer when the nearest are ranked, so a crowd shuffling about does not swap them. */
export const STICKY_METRES = 3;

/** Grid cell side: in a dense crowd the K nearest lie within a few cells. */
const CELL = 2;
/** Offsets that keep cell coordinates positive in the key; the world is a few hundred metres wide. */
const KEY_OFFSET = 1 << 12;
const KEY_STRIDE = 1 << 13;

const cellOf = (metres: number) => Math.floor(metres / CELL);
const keyOf = (cx: number, cz: number) => (cx + KEY_OFFSET) * KEY_STRIDE + (cz + KEY_OFFSET);

/** Cell offsets with the least distance from anywhere in the centre cell to anywhere in them, nearest first. */
interface Offset {
  dx: number;
  dz: number;
  gap: number;
}
const offsetsByReach = new Map<number, Offset[]>();
function offsetsWithin(metres: number): Offset[] {
  const reach = Math.ceil(metres / CELL) + 1;
  let offsets = offsetsByReach.get(reach);
  if (!offsets) {
    offsets = [];
    for (let dx = -reach; dx <= reach; dx++) {
      for (let dz = -reach; dz <= reach; dz++) {
        const gap = CELL * Math.hypot(Math.max(0, Math.abs(dx) - 1), Math.max(0, Math.abs(dz) - 1));
        if (gap <= metres) offsets.push({ dx, dz, gap });
      }
    }
    offsets.sort((a, b) => a.gap - b.gap);
    offsetsByReach.set(reach, offsets);
  }
  return offsets;
}

/** Everyone's position at one moment, bucketed by cell. */
export class PositionGrid {
  readonly ids: string[] = [];
  readonly xs: number[] = [];
  readonly zs: number[] = [];
  readonly cells = new Map<number, number[]>();
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

  indexOf(id: string): number | undefined {
    return this.index.get(id);
  }
}

/** The `capacity` smallest ranks offered so far, as a max-heap: its top is the worst kept. */
class NearestHeap {
  readonly ranks: Float64Array;
  readonly items: Int32Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.ranks = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  get worst(): number {
    return this.size < this.capacity ? Infinity : this.ranks[0]!;
  }

  offer(item: number, rank: number): void {
    const { ranks, items } = this;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (ranks[parent]! >= rank) break;
        ranks[i] = ranks[parent]!;
        items[i] = items[parent]!;
        i = parent;
      }
      ranks[i] = rank;
      items[i] = item;
      return;
    }
    if (rank >= ranks[0]!) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && ranks[right]! > ranks[left]! ? right : left;
      if (ranks[child]! <= rank) break;
      ranks[i] = ranks[child]!;
      items[i] = items[child]!;
      i = child;
    }
    ranks[i] = rank;
    items[i] = item;
  }
}

/** One heap per capacity, emptied and reused by every choice: a crowd's refresh makes hundreds a second. */
const heaps = new Map<number, NearestHeap>();
function heapOf(capacity: number): NearestHeap {
  let heap = heaps.get(capacity);
  if (!heap) {
    heap = new NearestHeap(capacity);
    heaps.set(capacity, heap);
  }
  heap.size = 0;
  return heap;
}

/**
 * The others `viewerId` should see now: at most `maxVisible`, nearest first; newcomers within
 * `radius`, those in view already (`seen`) until `radius + HYSTERESIS_METRES`, ranked as if
 * STICKY_METRES nearer. The viewer is never among them (they always see themselves). Cells are
 * visited nearest first and the search stops once no farther cell could hold a better rank.
 */
export function chooseVisible(
  grid: PositionGrid,
  viewerId: string,
  seen: ReadonlySet<string>,
  limits: InterestLimits,
): string[] {
  const self = grid.indexOf(viewerId);
  if (self === undefined || limits.maxVisible <= 0) return [];
  const x = grid.xs[self]!;
  const z = grid.zs[self]!;
  const cx = cellOf(x);
  const cz = cellOf(z);
  const leave = limits.radius + HYSTERESIS_METRES;
  const leaveSquared = leave * leave;
  const nearest = heapOf(limits.maxVisible);
  for (const { dx, dz, gap } of offsetsWithin(leave)) {
    if (gap - STICKY_METRES > nearest.worst) break;
    const cell = grid.cells.get(keyOf(cx + dx, cz + dz));
    if (!cell) continue;
    for (const i of cell) {
      if (i === self) continue;
      const dx = grid.xs[i]! - x;
      const dz = grid.zs[i]! - z;
      const squared = dx * dx + dz * dz;
      if (squared > leaveSquared) continue;
      const distance = Math.sqrt(squared);
      const kept = seen.size > 0 && seen.has(grid.ids[i]!);
      if (!kept && distance > limits.radius) continue;
      nearest.offer(i, kept ? distance - STICKY_METRES : distance);
    }
  }
  const chosen: string[] = [];
  for (let k = 0; k < nearest.size; k++) chosen.push(grid.ids[nearest.items[k]!]!);
  return chosen;
}
