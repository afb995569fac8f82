/**
 * The soak's verdict (tests/bench/soak.ts), apart from all I/O: from the server's memory samples,
 * the client errors and the rooms disposed, whether the run passes and why not.
 */

/** One reading of the server's /metrics, `atMs` after the bots started. */
export interface MemorySample {
  atMs: number;
  rssBytes: number;
  heapBytes: number;
}

export interface MemoryFigure {
  rssBytes: number;
  heapBytes: number;
}

/** How a run of some minutes is cut: the warm-up first, then windows of samples taken as one figure. */
export interface SoakPlan {
  runMs: number;
  warmupMs: number;
  windowMs: number;
}

const MINUTE = 60_000;
/** The shortest run with a warm-up, a window after it and a window at the end that do not overlap. */
export const SHORTEST_SOAK_MINUTES = 3;
/** Growth of the heap or the resident memory after the warm-up beyond which the soak fails. */
export const GROWTH_LIMIT_PERCENT = 5;
/** Fewer samples than this in a window say nothing robust. */
const FEWEST_SAMPLES = 3;
/** Distinct client errors listed one by one; the rest are summed up. */
const ERRORS_LISTED = 20;

/**
 * The warm-up is the first fifth of the run and at least a minute; each window a tenth and at
 * least a minute, so that a figure spans several collections of the garbage collector's sawtooth.
 */
export function soakPlan(minutes: number): SoakPlan {
  const runMs = minutes * MINUTE;
  return { runMs, warmupMs: Math.max(MINUTE, runMs / 5), windowMs: Math.max(MINUTE, runMs / 10) };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const medianOf = (samples: readonly MemorySample[]): MemoryFigure => ({
  rssBytes: median(samples.map((s) => s.rssBytes)),
  heapBytes: median(samples.map((s) => s.heapBytes)),
});

export interface MemoryVerdict {
  /** The first sample, before the bots came. */
  start: MemoryFigure;
  /** The median of the window right after the warm-up: the baseline. */
  afterWarmup: MemoryFigure;
  /** The median of the last window. */
  end: MemoryFigure;
  growthPercent: { rss: number; heap: number };
  failures: string[];
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Compares the last window's medians with those of the window right after the warm-up. */
export function judgeMemory(samples: readonly MemorySample[], plan: SoakPlan): MemoryVerdict {
  const baseline = samples.filter((s) => s.atMs >= plan.warmupMs && s.atMs < plan.warmupMs + plan.windowMs);
  const last = samples.filter((s) => s.atMs >= plan.runMs - plan.windowMs);
  const afterWarmup = medianOf(baseline);
  const end = medianOf(last);
  const growth = (from: number, to: number) => ((to - from) / from) * 100;
  const growthPercent = {
    rss: growth(afterWarmup.rssBytes, end.rssBytes),
    heap: growth(afterWarmup.heapBytes, end.heapBytes),
  };
  const failures: string[] = [];
  for (const [name, window] of [
    ['after the warm-up', baseline],
    ['at the end', last],
  ] as const) {
    if (window.length < FEWEST_SAMPLES) failures.push(`only ${window.length} memory samples ${name}`);
  }
  if (failures.length === 0) {
    for (const [name, key, percent] of [
      ['heap used', 'heapBytes', growthPercent.heap],
      ['resident memory', 'rssBytes', growthPercent.rss],
    ] as const) {
      if (percent > GROWTH_LIMIT_PERCENT) {
        failures.push(
          `${name} grew ${percent.toFixed(1)} % after the warm-up (${mib(afterWarmup[key])} → ${mib(end[key])}), ` +
            `more than ${GROWTH_LIMIT_PERCENT} %`,
        );
      }
    }
  }
  return { start: medianOf(samples.slice(0, 1)), afterWarmup, end, growthPercent, failures };
}

/** Each distinct client error with its count, the most frequent first. */
export function listErrors(errors: Record<string, number>): string[] {
  const sorted = Object.entries(errors).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const lines = sorted.slice(0, ERRORS_LISTED).map(([error, count]) => `${count} × ${error}`);
  const rest = sorted.slice(ERRORS_LISTED);
  if (rest.length) {
    lines.push(`${rest.reduce((sum, [, count]) => sum + count, 0)} × ${rest.length} other kinds of error`);
  }
  return lines;
}

/**
 * Every reason the soak fails: memory growth, any client error (each kind with its count), and
 * a run in which no room was disposed, which did not test what it is for.
 */
export function soakFailures(memory: MemoryVerdict, errors: Record<string, number>, roomsDisposed: number): string[] {
  const failures = [...memory.failures];
  const total = Object.values(errors).reduce((sum, count) => sum + count, 0);
  if (total > 0) failures.push(`${total} client errors:`, ...listErrors(errors).map((line) => `  ${line}`));
  if (roomsDisposed === 0) failures.push('no room was disposed: the run did not see rooms come and go');
  return failures;
}
