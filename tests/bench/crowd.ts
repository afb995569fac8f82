/**
 * The crowd section of `npm run bench`: for each size N, the real server in its own process with
 * one pavilion's capacity raised to N, and N bot visitors (tests/bench/bots.ts, in bot processes of
 * their own) milling about that pavilion. Over a fixed window it measures the server tick (interest
 * refresh plus encoding the patch, from the server's own histograms, this window only), the sends
 * that follow it in slices, the server's CPU and memory, and the bytes each client receives per second.
 */
import { availableParallelism } from 'node:os';
import type { CountryId } from '../../shared/countries.ts';
import { seriesOf } from '../fixtures/metricsText.ts';
import type { ServerProcess } from '../fixtures/process.ts';
import { startBenchServer } from './benchServer.ts';
import { BotProcess, cpuOver, mean, percentile } from './botProcess.ts';
import type { CrowdFromBots, CrowdToBots } from './crowdShared.ts';
import { rssMiB, sleep, withTimeout } from './stageShared.ts';
import { cell, printTable } from './table.ts';

const BOTS_SCRIPT = new URL('./bots.ts', import.meta.url).pathname;
/**
 * Wall time of each tick, and the CPU time the server spent in it (what it would take on a quiet
 * machine); the wall time of its sends, all slices and the longest; the CPU time of tick and sends.
 */
const TICK_METRICS = {
  wall: 'expo_tick_seconds',
  cpu: 'expo_tick_cpu_seconds',
  send: 'expo_patch_send_seconds',
  slice: 'expo_patch_slice_seconds',
  patchCpu: 'expo_patch_cpu_seconds',
} as const;
type Histograms = Record<keyof typeof TICK_METRICS, Map<number, number>>;

export interface CrowdOptions {
  sizes: number[];
  /** Length of the measuring window of each size. */
  seconds: number;
  /** Moves a walking bot sends per second (the browser sends 20 on the default quality). */
  rate: number;
  /** Bots per bot process. */
  perProcess: number;
  pavilionId: CountryId;
  log: (message: string) => void;
}

export interface CrowdRow {
  size: number;
  joined: number;
  tickP50: number;
  tickP99: number;
  cpuP50: number;
  cpuP99: number;
  sendP50: number;
  sendP99: number;
  sliceP99: number;
  patchCpuP50: number;
  patchCpuP99: number;
  ticks: number;
  serverCpu: number;
  serverRss: number;
  bytesMean: number;
  bytesP95: number;
  inView: number;
  walking: number;
  botsCpu: number;
  machineCpu: number;
  othersCpu: number;
  corrections: number;
  /** The server's count of the moves it refused, by reason (expo_moves_rejected_total), over the whole run. */
  refusedMoves: string;
}

/** Cumulative counts of a histogram of pavilion rooms, by upper bound in seconds. */
function buckets(text: string, metric: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const [, labels, count] of text.matchAll(new RegExp(`^${metric}_bucket\\{([^}]*)\\} (\\d+)`, 'gm'))) {
    const le = /le="([^"]+)"/.exec(labels!)?.[1];
    if (le && labels!.includes('room="pavilion"')) found.set(le === '+Inf' ? Infinity : Number(le), Number(count));
  }
  return found;
}

async function tickHistograms(server: ServerProcess): Promise<Histograms> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const entries = Object.entries(TICK_METRICS).map(([key, metric]) => [key, buckets(text, metric)]);
  return Object.fromEntries(entries) as Histograms;
}

/** The moves the server refused so far, by reason: "too_fast 2, rate 10". */
async function movesRefused(server: ServerProcess): Promise<string> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const counts = seriesOf(text, 'expo_moves_rejected_total');
  return counts.map((s) => `${s.labels.reason} ${s.value}`).join(', ') || 'none';
}

/** The p-th percentile, in ms, of the ticks between two histogram readings, interpolated within its bucket. */
function tickPercentile(before: Map<number, number>, after: Map<number, number>, p: number): number {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  if (total === 0) return NaN;
  const rank = (p / 100) * total;
  let lower = 0;
  let below = 0;
  for (const bound of bounds) {
    const count = (after.get(bound) ?? 0) - (before.get(bound) ?? 0);
    if (count >= rank) {
      if (bound === Infinity) return lower * 1000;
      return (lower + ((rank - below) / Math.max(1, count - below)) * (bound - lower)) * 1000;
    }
    lower = bound;
    below = count;
  }
  return NaN;
}

async function measure(size: number, options: CrowdOptions): Promise<CrowdRow> {
  const server = await startBenchServer({ PAVILION_CAPACITY: String(size + 10) });
  const groups: BotProcess<CrowdToBots, CrowdFromBots>[] = [];
  try {
    const joinMs = 60_000 + size * 400;
    for (let first = 0; first < size; first += options.perProcess) {
      const group = new BotProcess<CrowdToBots, CrowdFromBots>(
        `crowd bots ${first}`,
        BOTS_SCRIPT,
        joinMs + options.seconds * 1000 + 60_000,
        options.log,
      );
      groups.push(group);
      await group.next('ready', 30_000);
      group.send({
        cmd: 'join',
        serverUrl: server.url,
        pavilionId: options.pavilionId,
        first,
        count: Math.min(options.perProcess, size - first),
        rate: options.rate,
      });
    }
    const joined = await Promise.all(groups.map((g) => g.next('joined', joinMs)));
    const errors = joined.flatMap((j) => j.errors);
    if (errors.length) options.log(`N=${size}: ${errors.length} joins failed, e.g. ${errors[0]}`);
    // Let the crowd spread from the door to the booths before measuring.
    await sleep(5000);
    for (const g of groups) g.send({ cmd: 'mark' });
    await Promise.all(groups.map((g) => g.next('marked', 10_000)));
    const before = await tickHistograms(server);
    const window = await cpuOver([server.child.pid!, ...groups.map((g) => g.pid)], () => sleep(options.seconds * 1000));
    const after = await tickHistograms(server);
    const refusedMoves = await movesRefused(server);
    for (const g of groups) g.send({ cmd: 'sample' });
    const samples = await Promise.all(groups.map((g) => g.next('sample', 10_000)));
    const bytes = samples.flatMap((s) => s.bytesPerSecond).sort((a, b) => a - b);
    return {
      size,
      joined: joined.reduce((sum, j) => sum + j.ok, 0),
      tickP50: tickPercentile(before.wall, after.wall, 50),
      tickP99: tickPercentile(before.wall, after.wall, 99),
      cpuP50: tickPercentile(before.cpu, after.cpu, 50),
      cpuP99: tickPercentile(before.cpu, after.cpu, 99),
      sendP50: tickPercentile(before.send, after.send, 50),
      sendP99: tickPercentile(before.send, after.send, 99),
      sliceP99: tickPercentile(before.slice, after.slice, 99),
      patchCpuP50: tickPercentile(before.patchCpu, after.patchCpu, 50),
      patchCpuP99: tickPercentile(before.patchCpu, after.patchCpu, 99),
      ticks: (after.wall.get(Infinity) ?? 0) - (before.wall.get(Infinity) ?? 0),
      serverCpu: window.cpu[0]!,
      serverRss: rssMiB(server.child.pid!),
      bytesMean: mean(bytes),
      bytesP95: percentile(bytes, 95),
      inView: mean(samples.flatMap((s) => s.inView)),
      walking: samples.reduce((sum, s) => sum + s.walking, 0),
      botsCpu: window.cpu.slice(1).reduce((sum, c) => sum + c, 0),
      machineCpu: window.machine,
      othersCpu: window.others,
      corrections: samples.reduce((sum, s) => sum + s.corrections, 0),
      refusedMoves,
    };
  } finally {
    await Promise.all(groups.map((g) => g.stop()));
    await withTimeout(server.stop(), 10_000, 'server stop').catch(() => server.stop('SIGKILL'));
  }
}

/**
 * Runs every size in turn and prints the table; returns the rows and what went wrong, if anything
 * (an empty list when all sizes ran). Each size is bounded: the joins, a 5 s settling, `seconds` measuring.
 */
export async function crowdSection(options: CrowdOptions): Promise<{ rows: CrowdRow[]; problems: string[] }> {
  const rows: CrowdRow[] = [];
  const problems: string[] = [];
  for (const size of options.sizes) {
    options.log(`bench: ${size} visitors in the "${options.pavilionId}" pavilion, ${options.seconds} s window…`);
    try {
      rows.push(await measure(size, options));
    } catch (error) {
      problems.push(`N=${size}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  printTable(
    `Crowd: N bots in one pavilion, walking between its booths and lingering (moves at ${options.rate} Hz), ` +
      `${options.seconds} s window; CPU % of one core (${availableParallelism()} cores, bots and server share them)`,
    [
      'N',
      'joined',
      'tick p50 ms',
      'tick p99 ms',
      'tick CPU p50/p99 ms',
      'sends p50/p99 ms',
      'longest send slice p99 ms',
      'whole patch CPU p50/p99 ms',
      'ticks/s',
      'server CPU %',
      'server RSS MiB',
      'KB/s per client mean',
      'KB/s per client p95',
      'others in view',
      'walking',
      'bots CPU %',
      'machine CPU %',
      'others CPU %',
    ],
    rows.map((r) => [
      String(r.size),
      String(r.joined),
      cell(r.tickP50, 2),
      cell(r.tickP99, 2),
      `${cell(r.cpuP50, 2)}/${cell(r.cpuP99, 2)}`,
      `${cell(r.sendP50, 2)}/${cell(r.sendP99, 2)}`,
      cell(r.sliceP99, 2),
      `${cell(r.patchCpuP50, 2)}/${cell(r.patchCpuP99, 2)}`,
      cell(r.ticks / options.seconds, 1),
      cell(r.serverCpu),
      cell(r.serverRss),
      cell(r.bytesMean / 1000, 1),
      cell(r.bytesP95 / 1000, 1),
      cell(r.inView, 1),
      String(r.walking),
      cell(r.botsCpu),
      cell(r.machineCpu),
      cell(r.othersCpu),
    ]),
  );
  for (const r of rows) {
    if (r.joined < r.size) problems.push(`N=${r.size}: only ${r.joined} joined`);
    if (r.corrections > 0) {
      problems.push(`N=${r.size}: the server corrected ${r.corrections} moves (refused: ${r.refusedMoves})`);
    }
    if (r.othersCpu > 30) {
      problems.push(
        `N=${r.size}: other processes used ${r.othersCpu.toFixed(0)} % of a core while measuring, so the wall ` +
          'times include waiting for a core; the tick CPU times do not',
      );
    }
  }
  return { rows, problems };
}
