/**
 * `npm run bench -- soak --minutes M`: the server in its own process and bots that visit it in
 * cycles for M minutes (soakBots.ts: sign in, join the plaza or a pavilion, walk, chat, leave,
 * again), the pavilions they visit moving on every minute so that rooms are created and disposed
 * all along. It samples the server's memory every few seconds and fails when the heap in use or the
 * resident memory grew more than 5 % after the warm-up, or on any client error (soakVerdict.ts).
 */
import { z } from 'zod';
import { BotProcess } from './botProcess.ts';
import { addTally, emptyTally, type SoakFromBots, type SoakTally, type SoakToBots } from './soakShared.ts';
import {
  loggedErrors,
  metricsText,
  readingOf,
  refusalsOf,
  roomsOf,
  startSoakServer,
  type Reading,
} from './soakServer.ts';
import {
  GROWTH_LIMIT_PERCENT,
  judgeMemory,
  median,
  SHORTEST_SOAK_MINUTES,
  soakFailures,
  soakPlan,
  type MemorySample,
  type SoakPlan,
} from './soakVerdict.ts';
import { sleep } from './stageShared.ts';
import { cell, printTable } from './table.ts';

const BOTS_SCRIPT = new URL('./soakBots.ts', import.meta.url).pathname;
const SAMPLE_MS = 5000;
/** Time for the bots to end their visits and leave once the run is over. */
const FINISH_MS = 60_000;

export const SoakArgs = z.object({
  minutes: z
    .string({ error: 'say how long to run, in minutes' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(SHORTEST_SOAK_MINUTES)
        .max(24 * 60),
    ),
  bots: z.coerce.number().int().min(1).max(1000),
  'per-process': z.coerce.number().int().min(1).max(1000),
  postgres: z.boolean(),
});
export type SoakArgs = z.infer<typeof SoakArgs>;

export const SOAK_OPTIONS = {
  minutes: { type: 'string' },
  bots: { type: 'string', default: '80' },
  'per-process': { type: 'string', default: '40' },
  postgres: { type: 'boolean', default: false },
} as const;

export const SOAK_USAGE = 'npm run bench -- soak --minutes M [--bots 80] [--per-process 40] [--postgres]';

type Sample = MemorySample & Reading;

const mib = (bytes: number) => cell(bytes / 1024 / 1024, 1);
const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
const signed = (percent: number) => `${percent >= 0 ? '+' : ''}${cell(percent, 1)} %`;

function printMemory(samples: Sample[], plan: SoakPlan): ReturnType<typeof judgeMemory> {
  const memory = judgeMemory(samples, plan);
  const { warmupMs, windowMs, runMs } = plan;
  printTable(
    `Server memory (/metrics every ${SAMPLE_MS / 1000} s, each right after a full garbage collection; ` +
      "a window's figure is its median)",
    ['when', 'resident MiB', 'heap used MiB'],
    [
      ['start, before the bots', mib(memory.start.rssBytes), mib(memory.start.heapBytes)],
      [
        `after the warm-up (${clock(warmupMs)}–${clock(warmupMs + windowMs)})`,
        mib(memory.afterWarmup.rssBytes),
        mib(memory.afterWarmup.heapBytes),
      ],
      [`end (${clock(runMs - windowMs)}–${clock(runMs)})`, mib(memory.end.rssBytes), mib(memory.end.heapBytes)],
      ['growth after the warm-up', signed(memory.growthPercent.rss), signed(memory.growthPercent.heap)],
    ],
  );
  return memory;
}

/**
 * Per minute of the run: the medians of memory and people connected, the moves the server refused
 * and the longest it held its event loop, which is when a server refuses moves of honest clients
 * (they arrive bunched). The reading before the bots is left out: its delay spans the start.
 */
function printMinutes(samples: Sample[], plan: SoakPlan): void {
  const minutes = Array.from({ length: Math.ceil(plan.runMs / 60_000) }, (_, m) =>
    samples.slice(1).filter((s) => s.atMs >= m * 60_000 && s.atMs < (m + 1) * 60_000),
  );
  let refusedBefore = samples[0]?.movesRefused ?? 0;
  printTable(
    'Minute by minute',
    ['minute', 'resident MiB', 'heap used MiB', 'people connected', 'moves refused', 'longest event-loop delay ms'],
    minutes.map((within, m) => {
      const refusedSince = (within.at(-1)?.movesRefused ?? refusedBefore) - refusedBefore;
      refusedBefore += refusedSince;
      return [
        String(m + 1),
        mib(median(within.map((s) => s.rssBytes))),
        mib(median(within.map((s) => s.heapBytes))),
        cell(median(within.map((s) => s.clients))),
        String(refusedSince),
        cell(Math.max(...within.map((s) => s.loopDelayMs))),
      ];
    }),
  );
}

/** Runs the soak and prints what it saw; resolves to the process's exit code (1 when it fails). */
export async function runSoak(args: SoakArgs, log: (message: string) => void): Promise<number> {
  const plan = soakPlan(args.minutes);
  const errors: Record<string, number> = {};
  const count = (error: string, times = 1) => (errors[error] = (errors[error] ?? 0) + times);
  const samples: Sample[] = [];
  const tally: SoakTally = emptyTally();
  const { server, gc, close } = await startSoakServer(args.postgres);
  const groups: BotProcess<SoakToBots, SoakFromBots>[] = [];
  let rooms: ReturnType<typeof roomsOf> | undefined;
  try {
    log(`soak: ${args.bots} bots for ${args.minutes} min against ${server.url}…`);
    for (let first = 0; first < args.bots; first += args['per-process']) {
      const group = new BotProcess<SoakToBots, SoakFromBots>(
        `soak bots ${first}`,
        BOTS_SCRIPT,
        plan.runMs + FINISH_MS + 60_000,
        log,
      );
      groups.push(group);
      await group.next('ready', 30_000);
    }
    const startedAt = Date.now();
    const take = async () => {
      try {
        await gc.collectGarbage();
        samples.push({ atMs: Date.now() - startedAt, ...readingOf(await metricsText(server)) });
      } catch (error) {
        count(`could not read the server's memory: ${(error as Error).message}`);
      }
    };
    await take();
    groups.forEach((group, i) =>
      group.send({
        cmd: 'start',
        serverUrl: server.url,
        first: i * args['per-process'],
        count: Math.min(args['per-process'], args.bots - i * args['per-process']),
        startedAt,
      }),
    );
    for (let next = SAMPLE_MS; next <= plan.runMs; next += SAMPLE_MS) {
      await sleep(startedAt + next - Date.now());
      await take();
      if (next % 60_000 === 0)
        log(`soak: ${clock(next)} of ${clock(plan.runMs)}, ${samples.at(-1)?.clients ?? '?'} connected`);
    }
    for (const group of groups) group.send({ cmd: 'finish' });
    for (const result of await Promise.allSettled(groups.map((g) => g.next('finished', FINISH_MS)))) {
      if (result.status === 'fulfilled') addTally(tally, result.value.tally);
      else count(`bot process: ${(result.reason as Error).message}`);
    }
    // After the bots have left: what the server refused or got wrong over the whole run.
    const text = await metricsText(server);
    rooms = roomsOf(text);
    for (const [error, times] of Object.entries({ ...refusalsOf(text), ...loggedErrors(server.output()) })) {
      count(error, times);
    }
  } finally {
    await Promise.all(groups.map((g) => g.stop()));
    await close();
  }
  for (const [error, times] of Object.entries(tally.errors)) count(error, times);

  const memory = printMemory(samples, plan);
  printMinutes(samples, plan);
  const connected = samples.slice(1).map((s) => s.clients);
  printTable(
    `What the ${args.bots} bots did in ${args.minutes} min (${args.postgres ? 'PostgreSQL' : 'PGlite'})`,
    ['visits done', 'plaza joins', 'pavilion joins', 'moves sent', 'chat messages sent', 'connected, median / most'],
    [
      [
        String(tally.cycles),
        String(tally.joins.plaza),
        String(tally.joins.pavilion),
        String(tally.moves),
        String(tally.chats),
        `${cell(median(connected))} / ${cell(Math.max(...connected))}`,
      ],
    ],
  );
  printTable(
    'Rooms, counted by the server',
    ['room', 'created', 'disposed'],
    Object.entries(rooms ?? {}).map(([room, n]) => [room, String(n.created), String(n.disposed)]),
  );
  const disposed = Object.values(rooms ?? {}).reduce((sum, n) => sum + n.disposed, 0);
  const failures = soakFailures(memory, errors, disposed);
  console.log(
    failures.length
      ? `\nSoak FAILED:\n${failures.map((f) => (f.startsWith(' ') ? f : `- ${f}`)).join('\n')}`
      : `\nSoak passed: memory grew at most ${GROWTH_LIMIT_PERCENT} % after the warm-up, no client errors.`,
  );
  return failures.length ? 1 : 0;
}
