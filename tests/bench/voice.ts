/**
 * `npm run bench:voice -- [--bots 10,30,60] [--seconds 10]`: N voice bots in one pavilion. Starts
 * the real server (which starts livekit-server); for each N, N bots open sessions, join the same
 * pavilion room, stand in a cluster within hearing distance of each other, publish a tone as their
 * microphone and subscribe with shared/voice.ts's choice, as browsers do. Prints each bot's
 * subscriptions and downstream audio, and livekit-server's CPU, as N grows: past the cap
 * (VOICE.cap) a listener's subscriptions and bitrate must stay flat.
 *
 * Like bench:stage, it runs inside the network namespace of scripts/in-netns.sh with
 * TM_NETNS_VETH=1, so every packet stays on 127.0.0.0/8.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LIMITS } from '../../shared/protocol.ts';
import { VOICE } from '../../shared/voice.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';
import { BotProcess, cpuOver, livekitPid, mean } from './botProcess.ts';
import { rssMiB, sleep, withTimeout } from './stageShared.ts';
import type { VoiceBotSample, VoiceFromBots, VoiceToBots } from './voiceShared.ts';
import { cell, formatTable } from './table.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BOTS = path.join(HERE, 'voiceBots.ts');
const PAVILION = 'kz';

const { values } = parseArgs({
  options: {
    bots: { type: 'string', default: '10,30,60' },
    seconds: { type: 'string', default: '10' },
    /** Bots per process: one Node process cannot keep up with many WebRTC peers on its own. */
    'per-process': { type: 'string', default: '15' },
    /** Bots starting to join per second across all processes. */
    rate: { type: 'string', default: '4' },
    /** Metres around the pavilion's entrance the bots spread over. */
    spread: { type: 'string', default: '3.5' },
    /** The whole benchmark stops after this long, whatever it is doing. */
    'max-minutes': { type: 'string', default: '12' },
  },
});

const counts = values.bots.split(',').map(Number);
const seconds = Number(values.seconds);
const perProcess = Number(values['per-process']);
const rate = Number(values.rate);
const spread = Number(values.spread);
const maxMs = Number(values['max-minutes']) * 60_000;
if (
  counts.some((n) => !Number.isInteger(n) || n < 2 || n > LIMITS.pavilionCapacity) ||
  !(seconds > 0) ||
  !(perProcess >= 1) ||
  !(rate > 0) ||
  !(spread > 0 && spread * 2 < VOICE.hearingRadius)
) {
  console.error(
    `usage: npm run bench:voice -- [--bots 10,30,60 (2..${LIMITS.pavilionCapacity})] [--seconds 10] ` +
      `[--per-process 15] [--rate 4] [--spread 3.5 (under ${VOICE.hearingRadius / 2})] [--max-minutes 12]`,
  );
  process.exit(2);
}

if (!Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => a.address === '127.0.0.2'))) {
  console.error(
    'bench:voice: no interface carries 127.0.0.2. Run it as `npm run bench:voice`, which starts it in a network ' +
      'namespace (scripts/in-netns.sh with TM_NETNS_VETH=1): @livekit/rtc-node needs a veth, not loopback.',
  );
  process.exit(2);
}

const running: { server?: ServerProcess } = {};
const log = (message: string) => console.error(`bench:voice: ${message}`);

class Bots extends BotProcess<VoiceToBots, VoiceFromBots> {
  constructor(label: string) {
    super(label, BOTS, maxMs, log);
  }
}

interface Row {
  N: number;
  joined: string;
  inRange: number;
  subMean: number;
  subMax: number;
  kbpsMean: number;
  kbpsMax: number;
  cpu: number;
  rss: number;
  serverCpu: number;
  botsCpu: number;
  machineCpu: number;
  othersCpu: number;
  loopbackMbps: number;
}

async function samples(groups: Bots[]): Promise<VoiceBotSample[]> {
  const all = await Promise.all(
    groups.map((g) => {
      g.send({ cmd: 'sample' });
      // A saturated machine answers slowly: 15 peers' statistics, each through the FFI.
      return g.next('sample', 90_000);
    }),
  );
  return all.flatMap((s) => s.bots);
}

async function runBots(server: ServerProcess, n: number, first: number): Promise<{ row: Row; errors: string[] }> {
  const procs = Math.ceil(n / perProcess);
  log(`${n} voice bots in ${procs} process(es), ${rate} joining per second…`);
  const groups = Array.from({ length: procs }, (_, k) => new Bots(`voice bot process ${k + 1}/${procs}`));
  const errors: string[] = [];
  try {
    await Promise.all(groups.map((g) => g.next('ready', 60_000)));
    const intervalMs = (1000 / rate) * procs;
    let next = first;
    groups.forEach((g, k) => {
      const count = Math.floor(n / procs) + (k < n % procs ? 1 : 0);
      g.send({ cmd: 'join', serverUrl: server.url, pavilionId: PAVILION, first: next, count, intervalMs, spread });
      next += count;
    });
    const budget = (n / rate) * 1000 + 90_000;
    const joins = await Promise.all(groups.map((g) => g.next('joined', budget)));
    const joined = joins.reduce((sum, j) => sum + j.ok, 0);
    errors.push(...joins.flatMap((j) => j.errors));

    // The choice runs every VOICE.chooseEveryMs; give subscriptions time to settle and audio to flow.
    await sleep(4000);
    const lk = livekitPid(server);
    const start = await samples(groups);
    const window = await cpuOver([lk, server.child.pid!, ...groups.map((g) => g.pid)], () => sleep(seconds * 1000));
    const end = await samples(groups);
    const kbps = end.map((s, i) => ((s.bytes - start[i]!.bytes) * 8) / (s.at - start[i]!.at));
    const subscribed = end.map((s) => s.subscribed);
    const lost = end.filter((s) => !s.connected).length;
    if (lost) errors.push(`${lost} bot(s) lost the voice room`);
    const over = subscribed.filter((s) => s > VOICE.cap).length;
    if (over) errors.push(`${over} bot(s) subscribed to more than ${VOICE.cap} voices`);
    const expected = Math.min(VOICE.cap, joined - 1);
    const short = subscribed.filter((s) => s < expected).length;
    if (short) errors.push(`${short} bot(s) heard fewer than ${expected} voices`);
    return {
      errors,
      row: {
        N: n,
        joined: `${joined}/${n}`,
        inRange: mean(end.map((s) => s.inRange)),
        subMean: mean(subscribed),
        subMax: Math.max(...subscribed),
        kbpsMean: mean(kbps),
        kbpsMax: Math.max(...kbps),
        cpu: window.cpu[0]!,
        rss: rssMiB(lk),
        serverCpu: window.cpu[1]!,
        botsCpu: window.cpu.slice(2).reduce((sum, c) => sum + c, 0),
        machineCpu: window.machine,
        othersCpu: window.others,
        loopbackMbps: window.loopbackBitsPerSecond / 1e6,
      },
    };
  } finally {
    await Promise.all(groups.map((g) => g.stop()));
  }
}

function printTable(rows: Row[]): void {
  const header = [
    'N',
    'joined',
    'voices in range',
    'subscriptions mean/max',
    'downstream kbit/s per client mean/max',
    'livekit CPU %',
    'livekit RSS MiB',
    'loopback Mbit/s',
    'server CPU %',
    'bots CPU %',
    'machine CPU %',
  ];
  const lines = rows.map((r) => [
    String(r.N),
    r.joined,
    cell(r.inRange, 1),
    `${cell(r.subMean, 1)}/${cell(r.subMax)}`,
    `${cell(r.kbpsMean, 1)}/${cell(r.kbpsMax, 1)}`,
    cell(r.cpu, 1),
    cell(r.rss),
    cell(r.loopbackMbps, 1),
    cell(r.serverCpu, 1),
    cell(r.botsCpu),
    cell(r.machineCpu),
  ]);
  for (const line of formatTable(header, lines)) console.log(line);
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tm-bench-voice-'));
  let server: ServerProcess | undefined;
  const rows: Row[] = [];
  const problems: string[] = [];
  try {
    const [port, livekitPort, livekitUdpPort] = [await freePort(), await freePort(), await freePort()];
    log('starting the server and livekit-server…');
    server = running.server = await startProcess(
      process.execPath,
      ['--import', 'tsx', 'server/index.ts'],
      port,
      {
        DATA_DIR: dataDir,
        LIVEKIT: 'local',
        LIVEKIT_PORT: String(livekitPort),
        LIVEKIT_UDP_PORT: String(livekitUdpPort),
        // Every bot signs in from 127.0.0.1: the per-address limits are meant for real people.
        SESSIONS_PER_MINUTE: '1000000',
        API_REQUESTS_PER_SECOND: '1000000',
      },
      120_000,
    );
    livekitPid(server);
    let first = 0;
    for (const n of counts) {
      try {
        const run = await runBots(server, n, first);
        rows.push(run.row);
        const kinds = run.errors;
        for (const kind of new Set(kinds))
          problems.push(`N=${n}: ${kind} (×${kinds.filter((k) => k === kind).length})`);
      } catch (error) {
        problems.push(`N=${n}: ${error instanceof Error ? error.message : String(error)}`);
      }
      first += n;
      // Let the pavilion room and livekit-server forget the bots before the next round.
      await sleep(4000);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    if (server) {
      const stopped = server.stop('SIGTERM');
      await withTimeout(stopped, 5000, 'server stop').catch(async () => {
        await server!.stop('SIGKILL');
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(
    [
      '',
      `Voice benchmark: N bots (@livekit/rtc-node, up to ${perProcess} per bot process, ${rate} joining per second) in one`,
      `pavilion room, within ${spread} m of its entrance (hearing radius ${VOICE.hearingRadius} m), each publishing a 48 kHz`,
      `mono tone as its microphone and subscribing with shared/voice.ts (at most ${VOICE.cap} voices, nearest first);`,
      `${seconds} s steady-state window after all joined.`,
      '- voices in range: microphones within the room that the bot could choose from (everyone else, in a cluster).',
      '- downstream: audio RTP payload received per bot, all its voices together.',
      `- CPU % is of one core (${availableParallelism()} cores here; bots and servers share them); machine: every process.`,
      '',
    ].join('\n'),
  );
  printTable(rows);
  const busiest = Math.max(...rows.map((r) => r.othersCpu));
  if (busiest > 30) {
    problems.push(
      `other processes on this machine used up to ${busiest.toFixed(0)} % of a core while measuring: ` +
        'the CPU figures are skewed; run it again on a quiet machine',
    );
  }
  if (problems.length) {
    console.log('\nProblems:');
    for (const problem of problems) console.log(`- ${problem}`);
  }
  return problems.length ? 1 : 0;
}

/** Ends at once: the bot processes leave when their IPC channel closes; the server has its own process group. */
function abandon(why: string): never {
  console.error(`bench:voice: ${why}`);
  if (running.server?.child.exitCode === null) process.kill(-running.server.child.pid!, 'SIGKILL');
  process.exit(1);
}
setTimeout(() => abandon(`still running after ${maxMs / 60_000} min; giving up`), maxMs).unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abandon(`stopped by ${signal}`));
const code = await main();
process.exit(code);
