/**
 * `npm run bench:stage -- [--listeners 10,50,100] [--seconds 10]`: one speaker and N listening
 * bots on one live stage. Starts the real server (which starts livekit-server), has an organiser
 * publish a synthetic camera and a tone, then for each N joins N listeners and prints their join
 * time (until they hear the speaker) and livekit-server's CPU and memory while they listen.
 *
 * It runs inside the network namespace of scripts/in-netns.sh with TM_NETNS_VETH=1, so every
 * packet stays on 127.0.0.0/8 (the bots use 127.0.0.2 on a veth; livekit-server 127.0.0.1).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MediaToken } from '../../shared/stage.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';
import { BotProcess, cpuOver, livekitPid, mean, percentile } from './botProcess.ts';
import {
  rssMiB,
  sleep,
  withTimeout,
  type FromBots,
  type ListenerJoin,
  type ToBots,
  type VideoMode,
} from './stageShared.ts';
import { cell, formatTable } from './table.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const BOTS = path.join(HERE, 'stageBots.ts');
const STAGE = 'kz';

const { values } = parseArgs({
  options: {
    listeners: { type: 'string', default: '10,50,100' },
    seconds: { type: 'string', default: '10' },
    /** Listeners per bot process: one Node process cannot keep up with many WebRTC peers on its own. */
    'per-process': { type: 'string', default: '25' },
    /**
     * Listeners starting to join per second across all processes; 0 starts them all at once. Faster
     * than about 10/s, the bots' own WebRTC set-up saturates a 2-core machine and the join times
     * measure the bots rather than livekit-server.
     */
    rate: { type: 'string', default: '5' },
    /** decode | receive | off, or auto: decode below 50 listeners, receive (no decoding) from 50 up. */
    video: { type: 'string', default: 'auto' },
    size: { type: 'string', default: '320x240' },
    fps: { type: 'string', default: '15' },
    'join-timeout': { type: 'string', default: '30' },
    /** The whole benchmark stops after this long, whatever it is doing. */
    'max-minutes': { type: 'string', default: '10' },
  },
});

const counts = values.listeners.split(',').map(Number);
const seconds = Number(values.seconds);
const perProcess = Number(values['per-process']);
const rate = Number(values.rate);
const [width, height] = values.size.split('x').map(Number) as [number, number];
const fps = Number(values.fps);
const joinTimeoutMs = Number(values['join-timeout']) * 1000;
const maxMs = Number(values['max-minutes']) * 60_000;
if (
  counts.some((n) => !Number.isInteger(n) || n < 1) ||
  !(seconds > 0) ||
  !(perProcess >= 1) ||
  !(rate >= 0) ||
  !(width > 0 && height > 0 && fps > 0) ||
  !['auto', 'decode', 'receive', 'off'].includes(values.video)
) {
  console.error(
    'usage: npm run bench:stage -- [--listeners 10,50,100] [--seconds 10] [--per-process 25] [--rate 5] ' +
      '[--video auto|decode|receive|off] [--size 320x240] [--fps 15] [--join-timeout 30] [--max-minutes 10]',
  );
  process.exit(2);
}

if (!Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => a.address === '127.0.0.2'))) {
  console.error(
    'bench:stage: no interface carries 127.0.0.2. Run it as `npm run bench:stage`, which starts it in a network ' +
      'namespace (scripts/in-netns.sh with TM_NETNS_VETH=1): @livekit/rtc-node needs a veth, not loopback.',
  );
  process.exit(2);
}

const running: { server?: ServerProcess } = {};

const log = (message: string) => console.error(`bench:stage: ${message}`);

/** A bot process of this benchmark (tests/bench/stageBots.ts). */
class Bots extends BotProcess<ToBots, FromBots> {
  constructor(label: string) {
    super(label, BOTS, maxMs, log);
  }
}

async function post<T>(url: string, body: unknown, bearer?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`POST ${new URL(url).pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A stage media token for a new session: an organiser's (may publish) with an invitation, else a visitor's. */
async function mediaToken(serverUrl: string, name: string, invite?: string): Promise<MediaToken> {
  const session = await post<{ token: string }>(`${serverUrl}/api/session`, {
    name,
    country: STAGE,
    lang: 'en',
    ...(invite ? { invite } : {}),
  });
  return post<MediaToken>(`${serverUrl}/api/media/token`, { room: `stage-${STAGE}` }, session.token);
}

/** An organiser invitation in the fresh database, made the documented way: `npm run invite` before the server runs. */
async function organiserInvite(dataDir: string): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/invite.ts', '--role', 'organiser', '--uses', '1', '--note', 'bench:stage'],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await withTimeout(
    new Promise<number | null>((resolve) => child.once('exit', resolve)),
    60_000,
    'npm run invite',
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  const invite = out.match(/\/\?invite=([A-Za-z0-9_-]+)/)?.[1];
  if (code !== 0 || !invite) throw new Error(`scripts/invite.ts failed (${code}): ${out}`);
  return invite;
}

interface Row {
  N: number;
  procs: number;
  video: VideoMode | '-';
  joined: string;
  failed: number;
  joinP50: number;
  joinP99: number;
  subP50: number;
  subP99: number;
  cpu: number;
  rss: number;
  /** Everything on the namespace's loopback interface in the window, Mbit/s: almost all of it is media. */
  loopbackMbps: number;
  audioFps: string;
  videoFps: string;
  botsCpu: number;
  speakerCpu: number;
  /** The whole machine while measuring: every core, every process (100 per core). */
  machineCpu: number;
  /** The machine less the processes of this benchmark: other people's work that skews the numbers. */
  othersCpu: number;
}

interface Run {
  row: Row;
  errors: string[];
}

async function statsOf(groups: Bots[]) {
  const all = await Promise.all(
    groups.map((g) => {
      g.send({ cmd: 'stats' });
      return g.next('stats', 10_000);
    }),
  );
  return {
    audio: all.flatMap((s) => s.audio),
    video: all.flatMap((s) => s.video),
    connected: all.reduce((sum, s) => sum + s.connected, 0),
  };
}

async function runListeners(server: ServerProcess, speaker: Bots, speakerIdentity: string, n: number): Promise<Run> {
  const video: VideoMode = values.video === 'auto' ? (n < 50 ? 'decode' : 'receive') : (values.video as VideoMode);
  const procs = Math.ceil(n / perProcess);
  const errors: string[] = [];
  log(
    `${n} listeners in ${procs} process(es), video ${video}, ${rate > 0 ? `${rate} joining per second` : 'all joining at once'}…`,
  );

  // Tokens first, so that the join times measure LiveKit, not the expo's session API.
  const tokens: MediaToken[] = [];
  for (let i = 0; i < n; i += 20) {
    const batch = Array.from({ length: Math.min(20, n - i) }, (_, j) => mediaToken(server.url, `Listener ${i + j}`));
    tokens.push(...(await Promise.all(batch)));
  }

  const groups = Array.from({ length: procs }, (_, k) => new Bots(`listener process ${k + 1}/${procs}`));
  const joins: ListenerJoin[] = [];
  try {
    await Promise.all(groups.map((g) => g.next('ready', 60_000)));
    const intervalMs = rate > 0 ? 1000 / rate : 0;
    const orders = groups.map(() => [] as { token: string; index: number }[]);
    tokens.forEach((t, index) => orders[index % procs]!.push({ token: t.token, index }));
    groups.forEach((g, k) =>
      g.send({
        cmd: 'listen',
        url: tokens[0]!.url,
        bots: orders[k]!,
        speaker: speakerIdentity,
        video,
        intervalMs,
        timeoutMs: joinTimeoutMs,
      }),
    );
    const joinBudget = n * intervalMs + joinTimeoutMs + 30_000;
    const reports = await Promise.allSettled(groups.map((g) => g.next('joined', joinBudget)));
    reports.forEach((report, k) => {
      if (report.status === 'fulfilled') joins.push(...report.value.bots);
      else {
        errors.push(String(report.reason instanceof Error ? report.reason.message : report.reason));
        joins.push(...orders[k]!.map(() => ({ ok: false, error: 'its bot process failed' })));
      }
    });
    for (const join of joins) if (join.error) errors.push(join.error);

    // Steady state: everyone who joined listens while livekit-server's CPU is measured.
    await sleep(2000);
    const lk = livekitPid(server);
    const live = groups.filter((g) => g.child.exitCode === null && g.child.signalCode === null);
    const start = await statsOf(live);
    const window = await cpuOver([lk, speaker.pid, server.child.pid!, ...live.map((g) => g.pid)], () =>
      sleep(seconds * 1000),
    );
    const end = await statsOf(live);
    const rss = rssMiB(lk);

    const heard = joins.filter((j) => j.ok);
    const joinMs = heard.map((j) => j.heardMs!).sort((a, b) => a - b);
    const subMs = joins
      .filter((j) => j.subscribedMs !== undefined)
      .map((j) => j.subscribedMs!)
      .sort((a, b) => a - b);
    // Frames per second of every listener that had joined when the window started.
    const audioFps = end.audio.map((a, i) => (a - (start.audio[i] ?? 0)) / window.seconds);
    const videoFps = end.video.map((v, i) => (v - (start.video[i] ?? 0)) / window.seconds);
    const received = audioFps.filter((_, i) => (start.audio[i] ?? 0) > 0);
    if (end.connected < heard.length) errors.push(`${heard.length - end.connected} listener(s) lost the room`);
    return {
      errors,
      row: {
        N: n,
        procs,
        video,
        joined: `${heard.length}/${n}`,
        failed: n - heard.length,
        joinP50: percentile(joinMs, 50),
        joinP99: percentile(joinMs, 99),
        subP50: percentile(subMs, 50),
        subP99: percentile(subMs, 99),
        cpu: window.cpu[0]!,
        rss,
        loopbackMbps: window.loopbackBitsPerSecond / 1e6,
        audioFps: received.length ? `${mean(received).toFixed(0)} (min ${Math.min(...received).toFixed(0)})` : 'none',
        videoFps:
          video === 'decode' && received.length
            ? mean(videoFps.filter((_, i) => (start.audio[i] ?? 0) > 0)).toFixed(1)
            : '-',
        botsCpu: window.cpu.slice(3).reduce((sum, c) => sum + c, 0),
        speakerCpu: window.cpu[1]!,
        machineCpu: window.machine,
        othersCpu: window.others,
      },
    };
  } finally {
    await Promise.all(groups.map((g) => g.stop()));
  }
}

/** livekit-server with the speaker alone, for comparison. */
async function baseline(server: ServerProcess, speaker: Bots): Promise<Row> {
  const lk = livekitPid(server);
  const window = await cpuOver([lk, speaker.pid, server.child.pid!], () => sleep(Math.min(seconds, 5) * 1000));
  return {
    N: 0,
    procs: 0,
    video: '-',
    joined: '-',
    failed: 0,
    joinP50: NaN,
    joinP99: NaN,
    subP50: NaN,
    subP99: NaN,
    cpu: window.cpu[0]!,
    rss: rssMiB(lk),
    loopbackMbps: window.loopbackBitsPerSecond / 1e6,
    audioFps: '-',
    videoFps: '-',
    botsCpu: 0,
    speakerCpu: window.cpu[1]!,
    machineCpu: window.machine,
    othersCpu: window.others,
  };
}

function printTable(rows: Row[]): void {
  // What the listeners add on top of the speaker alone (N=0), shared out.
  const speakerOnly = rows.find((r) => r.N === 0)?.loopbackMbps ?? NaN;
  const header = [
    'N',
    'joined',
    'join p50 ms',
    'join p99 ms',
    'subscribed p50/p99 ms',
    'livekit CPU %',
    'livekit RSS MiB',
    'loopback Mbit/s',
    'kbit/s per listener',
    'audio frames/s per listener',
    'video fps',
    'video',
    'bot procs',
    'bots CPU %',
    'speaker CPU %',
    'machine CPU %',
  ];
  const lines = rows.map((r) => [
    String(r.N),
    r.joined,
    cell(r.joinP50),
    cell(r.joinP99),
    Number.isFinite(r.subP50) ? `${cell(r.subP50)}/${cell(r.subP99)}` : '-',
    cell(r.cpu, 1),
    cell(r.rss),
    cell(r.loopbackMbps, 1),
    r.N > 0 ? cell(((r.loopbackMbps - speakerOnly) * 1000) / r.N) : '-',
    r.audioFps,
    r.videoFps,
    r.video,
    String(r.procs),
    cell(r.botsCpu),
    cell(r.speakerCpu),
    cell(r.machineCpu),
  ]);
  for (const line of formatTable(header, lines)) console.log(line);
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tm-bench-stage-'));
  let server: ServerProcess | undefined;
  let speaker: Bots | undefined;
  const rows: Row[] = [];
  const problems: string[] = [];
  try {
    log('making an organiser invitation…');
    const invite = await organiserInvite(dataDir);
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

    const speakerToken = await mediaToken(server.url, 'Stage Speaker', invite);
    if (!speakerToken.publish.includes('camera')) throw new Error('the organiser token may not publish a camera');
    speaker = new Bots('speaker process');
    await speaker.next('ready', 60_000);
    speaker.send({ cmd: 'speak', url: speakerToken.url, token: speakerToken.token, width, height, fps });
    const published = await speaker.next('publishing', 60_000);
    log(`speaker publishing ${width}x${height} at ${fps} fps and a tone (connect + publish ${published.ms} ms)`);
    await sleep(2000);
    rows.push(await baseline(server, speaker));

    for (const n of counts) {
      try {
        const run = await runListeners(server, speaker, speakerToken.identity, n);
        rows.push(run.row);
        // One line per kind of failure: the time a listener had left differs, the failure does not.
        const kinds = run.errors.map((e) => e.replace(/timed out after \d+ ms/, 'timed out'));
        for (const kind of new Set(kinds))
          problems.push(`N=${n}: ${kind} (×${kinds.filter((k) => k === kind).length})`);
      } catch (error) {
        problems.push(`N=${n}: ${error instanceof Error ? error.message : String(error)}`);
      }
      // Let livekit-server forget the listeners before the next round.
      await sleep(3000);
      if (speaker.child.exitCode !== null) throw new Error(`the speaker process ended: ${speaker.output}`);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await speaker?.stop();
    if (server) {
      const stopped = server.stop('SIGTERM');
      await withTimeout(stopped, 5000, 'server stop').catch(async () => {
        await server!.stop('SIGKILL');
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  const joining = rate > 0 ? `${rate} joining per second` : 'all joining at once';
  console.log(
    [
      '',
      `Stage benchmark: one speaker (${width}x${height} camera at ${fps} fps, no simulcast, 48 kHz mono tone) and N`,
      `listening bots (@livekit/rtc-node, dynacast, up to ${perProcess} per bot process, ${joining}),`,
      `${seconds} s steady-state window after all joined; N=0 is the speaker alone.`,
      '- join: from room.connect() until the first audio frame carrying the tone (subscribed: the audio track arrived).',
      `- CPU % is of one core (${availableParallelism()} cores here; bots, speaker and servers all share them);`,
      `  machine: every process on the machine (at most ${availableParallelism() * 100}); near that, the bots starve and`,
      '  the join times measure the machine rather than livekit-server.',
      '- loopback Mbit/s: all traffic in the namespace; kbit/s per listener: the increase over N=0, divided by N.',
      '- video: decode = listeners decode the video; receive = subscribed, no VideoStream (no frames handed to JS); off = audio only.',
      '',
    ].join('\n'),
  );
  printTable(rows);
  const busiest = Math.max(...rows.map((r) => r.othersCpu));
  if (busiest > 30) {
    problems.push(
      `other processes on this machine used up to ${busiest.toFixed(0)} % of a core while measuring: ` +
        'the numbers are skewed; run it again on a quiet machine',
    );
  }
  if (problems.length) {
    console.log('\nProblems:');
    for (const problem of problems) console.log(`- ${problem}`);
  }
  return problems.length || rows.some((r) => r.failed > 0) ? 1 : 0;
}

/** Ends at once: the bot processes leave when their IPC channel closes; the server has its own process group. */
function abandon(why: string): never {
  console.error(`bench:stage: ${why}`);
  if (running.server?.child.exitCode === null) process.kill(-running.server.child.pid!, 'SIGKILL');
  process.exit(1);
}
setTimeout(() => abandon(`still running after ${maxMs / 60_000} min; giving up`), maxMs).unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abandon(`stopped by ${signal}`));
const code = await main();
process.exit(code);
