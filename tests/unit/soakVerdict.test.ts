import { describe, expect, it } from 'vitest';
import { judgeMemory, listErrors, median, soakFailures, soakPlan, type MemorySample } from '../bench/soakVerdict.ts';

const MIB = 1024 * 1024;
const MINUTE = 60_000;

/** Samples every 5 s over `minutes`, each from `memory(atMs)` in MiB. */
function run(minutes: number, memory: (atMs: number) => { rss: number; heap: number }): MemorySample[] {
  return Array.from({ length: (minutes * MINUTE) / 5000 + 1 }, (_, i) => {
    const atMs = i * 5000;
    const { rss, heap } = memory(atMs);
    return { atMs, rssBytes: rss * MIB, heapBytes: heap * MIB };
  });
}

describe('the soak plan', () => {
  it('warms up for a fifth of the run and takes windows of a tenth, each at least a minute', () => {
    expect(soakPlan(3)).toEqual({ runMs: 3 * MINUTE, warmupMs: MINUTE, windowMs: MINUTE });
    expect(soakPlan(30)).toEqual({ runMs: 30 * MINUTE, warmupMs: 6 * MINUTE, windowMs: 3 * MINUTE });
  });
});

describe('the median', () => {
  it('is the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('judging memory', () => {
  const plan = soakPlan(30);

  it('ignores the growth of the warm-up: only the window after it counts as the baseline', () => {
    // Memory doubles during the warm-up, then stays flat.
    const samples = run(30, (at) =>
      at < plan.warmupMs ? { rss: 100 + at / 10_000, heap: 50 } : { rss: 200, heap: 100 },
    );
    const verdict = judgeMemory(samples, plan);
    expect(verdict.start).toEqual({ rssBytes: 100 * MIB, heapBytes: 50 * MIB });
    expect(verdict.afterWarmup).toEqual({ rssBytes: 200 * MIB, heapBytes: 100 * MIB });
    expect(verdict.growthPercent).toEqual({ rss: 0, heap: 0 });
    expect(verdict.failures).toEqual([]);
  });

  it('is not swayed by a garbage collector sawtooth: medians of windows, not single samples', () => {
    // The heap climbs 20 % between collections every 30 s; the last sample happens to be a peak.
    const samples = run(30, (at) => ({ rss: 300, heap: 100 + ((at % 30_000) / 30_000) * 20 }));
    samples.at(-1)!.heapBytes = 120 * MIB;
    const verdict = judgeMemory(samples, plan);
    // Single samples would differ by up to 20 %; the windows' medians by a sample's worth.
    expect(Math.abs(verdict.growthPercent.heap)).toBeLessThan(2);
    expect(verdict.failures).toEqual([]);
  });

  it('fails when the heap grows more than 5 % after the warm-up, saying by how much', () => {
    // A steady leak: 6 MiB over the 24 minutes after the warm-up, on a 100 MiB heap.
    const samples = run(30, (at) => ({ rss: 300, heap: 100 + Math.max(0, at - plan.warmupMs) / (4 * MINUTE) }));
    const verdict = judgeMemory(samples, plan);
    expect(verdict.growthPercent.heap).toBeGreaterThan(5);
    expect(verdict.failures).toEqual([
      expect.stringMatching(/^heap used grew 5\.\d % after the warm-up \(100\.\d MiB → 10\d\.\d MiB\), more than 5 %$/),
    ]);
  });

  it('fails on resident memory growth alone, and passes growth up to 5 %', () => {
    const grows = (percent: number) =>
      judgeMemory(
        run(30, (at) => ({ rss: at >= 27 * MINUTE ? 200 * (1 + percent / 100) : 200, heap: 80 })),
        plan,
      );
    expect(grows(4.9).failures).toEqual([]);
    expect(grows(5.5).failures).toEqual([expect.stringMatching(/^resident memory grew 5\.5 %/)]);
  });

  it('fails when a window has too few samples to judge by', () => {
    const samples = run(30, () => ({ rss: 200, heap: 80 })).filter((s) => s.atMs < 25 * MINUTE);
    expect(judgeMemory(samples, plan).failures).toEqual(['only 0 memory samples at the end']);
  });
});

describe('the soak verdict', () => {
  const flat = judgeMemory(
    run(3, () => ({ rss: 200, heap: 80 })),
    soakPlan(3),
  );

  it('passes a flat run without client errors in which rooms came and went', () => {
    expect(soakFailures(flat, {}, 4)).toEqual([]);
  });

  it('fails on any client error, listing each kind with its count, the most frequent first', () => {
    const failures = soakFailures(flat, { 'join the pavilion: refused': 1, 'a move corrected': 3 }, 4);
    expect(failures).toEqual(['4 client errors:', '  3 × a move corrected', '  1 × join the pavilion: refused']);
  });

  it('sums up the kinds of error past the twentieth', () => {
    const errors = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`error ${String(i).padStart(2, '0')}`, 1]));
    const lines = listErrors(errors);
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('3 × 3 other kinds of error');
  });

  it('fails a run in which no room was disposed', () => {
    expect(soakFailures(flat, {}, 0)).toEqual(['no room was disposed: the run did not see rooms come and go']);
  });
});
