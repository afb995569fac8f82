import { describe, expect, it } from 'vitest';
import { chooseVisible, HYSTERESIS_METRES, PositionGrid, STICKY_METRES } from '../../server/rooms/interest.ts';

const limits = { radius: 10, maxVisible: 3 };
const none = new Set<string>();

/** A viewer `me` at the origin and others along the x axis at the given distances. */
function row(...others: [string, number][]): PositionGrid {
  return new PositionGrid([{ id: 'me', x: 0, z: 0 }, ...others.map(([id, x]) => ({ id, x, z: 0 }))]);
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('whose movements a visitor receives', () => {
  it('sees others within the radius and nobody beyond it, never itself', () => {
    const grid = row(['near', 1], ['edge', 10], ['far', 10.5], ['farther', -40]);
    expect(sorted(chooseVisible(grid, 'me', none, { radius: 10, maxVisible: 10 }))).toEqual(['edge', 'near']);
  });

  it('sees at most maxVisible others, the nearest ones', () => {
    const grid = row(['a', 5], ['b', -1], ['c', 4], ['d', 2], ['e', -3]);
    expect(sorted(chooseVisible(grid, 'me', none, limits))).toEqual(['b', 'd', 'e']);
  });

  it('keeps someone already in view until they are HYSTERESIS_METRES beyond the radius', () => {
    const seen = new Set(['walker']);
    for (const x of [10.5, 10 + HYSTERESIS_METRES]) {
      expect(chooseVisible(row(['walker', x]), 'me', seen, limits)).toEqual(['walker']);
      expect(chooseVisible(row(['walker', x]), 'me', none, limits)).toEqual([]);
    }
    expect(chooseVisible(row(['walker', 10.1 + HYSTERESIS_METRES]), 'me', seen, limits)).toEqual([]);
  });

  it('does not swap someone in view for a newcomer only a little nearer, but does for a much nearer one', () => {
    const seen = new Set(['a', 'b', 'c']);
    const slightly = row(['a', 3], ['b', 4], ['c', 5], ['new', 5 - STICKY_METRES + 0.5]);
    expect(sorted(chooseVisible(slightly, 'me', seen, limits))).toEqual(['a', 'b', 'c']);
    const much = row(['a', 3], ['b', 4], ['c', 5], ['new', 5 - STICKY_METRES - 0.5]);
    expect(sorted(chooseVisible(much, 'me', seen, limits))).toEqual(['a', 'b', 'new']);
  });

  it('chooses exactly the nearest maxVisible in a dense crowd, as checking everyone would', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const people = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      x: random() * 24 - 12,
      z: random() * 24 - 12,
    }));
    const grid = new PositionGrid(people);
    const crowd = { radius: 30, maxVisible: 48 };
    for (const viewer of people.slice(0, 50)) {
      const byDistance = people
        .filter((p) => p.id !== viewer.id)
        .map((p) => ({ id: p.id, d: Math.hypot(p.x - viewer.x, p.z - viewer.z) }))
        .sort((a, b) => a.d - b.d);
      const expected = byDistance.slice(0, crowd.maxVisible).map((p) => p.id);
      expect(sorted(chooseVisible(grid, viewer.id, none, crowd))).toEqual(sorted(expected));
    }
  });

  it('answers nothing for a viewer not in the grid', () => {
    expect(chooseVisible(row(['a', 1]), 'nobody', none, limits)).toEqual([]);
  });
});

describe('the position grid', () => {
  it('finds everyone within the radius across cell borders and negative coordinates', () => {
    const grid = new PositionGrid([
      { id: 'me', x: 0.1, z: 0.1 },
      { id: 'a', x: -0.1, z: -0.1 },
      { id: 'b', x: 3.9, z: 4.1 },
      { id: 'c', x: -7.8, z: 0.1 },
      { id: 'd', x: 0.1, z: 8.2 },
      { id: 'e', x: -5.5, z: -5.5 },
    ]);
    expect(sorted(chooseVisible(grid, 'me', none, { radius: 8, maxVisible: 10 }))).toEqual(['a', 'b', 'c', 'e']);
  });
});
