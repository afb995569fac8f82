/**
 * `npm run bench [-- --only crowd,render,firstLoad --clients 100,300,500 --avatars 50,200,500 …]`:
 * the crowd benchmark (crowd.ts: N bot visitors in one pavilion, the server tick, CPU, memory and
 * bytes per client), the rendering benchmark (renderedAvatars.ts: draw calls and frame time with
 * N others drawn in headless Chromium) and the size of the first page load's JavaScript
 * (firstLoad.ts), then a table of the issue's targets against what was measured. Everything runs
 * on 127.0.0.1, every part is bounded in time, and rendering needs a built client (`npm run build`).
 *
 * `npm run bench -- soak --minutes M [...]`: the soak (soak.ts), bots coming and going for M
 * minutes while the server's memory is watched.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { CountryId } from '../../shared/countries.ts';
import { crowdSection, type CrowdRow } from './crowd.ts';
import { firstLoad } from './firstLoad.ts';
import { printRenderTable, renderedAvatars, type Place, type Preset, type RenderRow } from './renderedAvatars.ts';
import { runSoak, SoakArgs, SOAK_OPTIONS, SOAK_USAGE } from './soak.ts';
import { cell, printTable } from './table.ts';

const PARTS = ['crowd', 'render', 'firstLoad'] as const;
const list = <T extends z.ZodType>(item: T) =>
  z.string().transform((s, ctx) => {
    const parsed = z.array(item).min(1).safeParse(s.split(','));
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'bad list' });
    return parsed.success ? parsed.data : z.NEVER;
  });
const sizeOf = (most: number) => z.coerce.number().int().min(1).max(most);
const Args = z.object({
  only: list(z.enum(PARTS)),
  clients: list(sizeOf(2000)),
  seconds: z.coerce.number().min(1).max(600),
  rate: z.coerce.number().min(1).max(20),
  'per-process': z.coerce.number().int().min(1),
  pavilion: CountryId,
  avatars: list(sizeOf(1000)),
  'render-seconds': z.coerce.number().min(1).max(60),
  presets: list(z.enum(['high', 'medium', 'low'])),
  places: list(z.enum(['plaza', 'pavilion'])),
});

const USAGE =
  'usage: npm run bench -- [--only crowd,render,firstLoad] [--clients 100,300,500] [--seconds 20] [--rate 20] ' +
  '[--per-process 250] [--pavilion kz] [--avatars 50,200,500] [--render-seconds 5] [--presets high,low] ' +
  `[--places pavilion,plaza]\n   or: ${SOAK_USAGE}`;

function usageError(message: string): never {
  console.error(`npm run bench: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The arguments parsed by `options` and checked by `schema`; a usage error if they do not fit. */
function parsed<T extends z.ZodType>(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: T,
): z.infer<T> {
  let values: unknown;
  try {
    ({ values } = parseArgs({ args, options }));
  } catch (error) {
    usageError((error as Error).message);
  }
  const checked = schema.safeParse(values);
  if (!checked.success) {
    usageError(checked.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return checked.data;
}

const [command, ...rest] = process.argv.slice(2);
if (command !== undefined && !command.startsWith('-') && command !== 'soak') {
  usageError(`no such benchmark "${command}" (the one named is soak)`);
}
if (command === 'soak') {
  process.exit(await runSoak(parsed(rest, SOAK_OPTIONS, SoakArgs), (message) => console.error(message)));
}

const args = parsed(
  process.argv.slice(2),
  {
    only: { type: 'string', default: PARTS.join(',') },
    clients: { type: 'string', default: '100,300,500' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '20' },
    'per-process': { type: 'string', default: '250' },
    pavilion: { type: 'string', default: 'kz' },
    avatars: { type: 'string', default: '50,200,500' },
    'render-seconds': { type: 'string', default: '5' },
    presets: { type: 'string', default: 'high,low' },
    places: { type: 'string', default: 'pavilion' },
  },
  Args,
);
const log = (message: string) => console.error(message);
const problems: string[] = [];
const targets: string[][] = [];
const verdict = (ok: boolean) => (ok ? 'met' : 'missed');

if (args.only.includes('crowd')) {
  const { rows, problems: found } = await crowdSection({
    sizes: args.clients,
    seconds: args.seconds,
    rate: args.rate,
    perProcess: args['per-process'],
    pavilionId: args.pavilion,
    log,
  });
  problems.push(...found);
  const most = rows.reduce<CrowdRow | undefined>((a, r) => (!a || r.size > a.size ? r : a), undefined);
  if (most) {
    targets.push(
      [`tick p99, ${most.size} clients in one pavilion`, '< 15 ms', cell(most.tickP99, 2), verdict(most.tickP99 < 15)],
      [`tick CPU p99, ${most.size} clients`, '< 15 ms', cell(most.cpuP99, 2), verdict(most.cpuP99 < 15)],
      // The sends follow the tick in slices; a slice holds the event loop too, so it is held to the same bound.
      [`longest send slice p99, ${most.size} clients`, '< 15 ms', cell(most.sliceP99, 2), verdict(most.sliceP99 < 15)],
      [
        `bytes per client, ${most.size} clients`,
        '< 20 KB/s',
        `${cell(most.bytesMean / 1000, 1)} KB/s`,
        verdict(most.bytesMean < 20_000),
      ],
    );
  }
}

if (args.only.includes('render')) {
  try {
    const rows: RenderRow[] = await renderedAvatars({
      sizes: args.avatars,
      seconds: args['render-seconds'],
      presets: args.presets as Preset[],
      places: args.places as Place[],
      shots: 'bench',
      log,
    });
    printRenderTable(rows, args['render-seconds']);
    const worst = Math.max(...rows.map((r) => r.drawCallsMax));
    if (rows.length) targets.push(['draw calls, any crowd and preset', '< 150', String(worst), verdict(worst < 150)]);
    for (const size of args.avatars) {
      if (!rows.some((r) => r.avatars === size)) problems.push(`rendering: no row for ${size} avatars`);
    }
  } catch (error) {
    problems.push(`rendering: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (args.only.includes('firstLoad')) {
  try {
    const load = await firstLoad();
    printTable(
      'First page load: the JavaScript a first visit to / fetches, gzip',
      ['script', 'gzip KB'],
      Object.entries(load.visitFiles).map(([file, bytes]) => [file, cell(bytes / 1024, 1)]),
    );
    targets.push([
      'first-load JavaScript (gzip)',
      '< 300 KB',
      `${cell(load.visitBytes / 1024, 1)} KB`,
      verdict(load.visitBytes < 300 * 1024),
    ]);
  } catch (error) {
    problems.push(`first load: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (targets.length) printTable('Targets (this 2-core machine)', ['measure', 'target', 'measured', ''], targets);
if (problems.length) {
  console.log('\nProblems:');
  for (const problem of problems) console.log(`- ${problem}`);
}
process.exit(problems.length ? 1 : 0);
