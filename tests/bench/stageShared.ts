/**
 * What the stage benchmark (tests/bench/stage.ts) and its bot processes (tests/bench/stageBots.ts)
 * say to each other over Node's IPC channel, and how the benchmark reads a process's CPU and memory.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** What a listener does with the speaker's video: decode it, receive it without decoding, or not subscribe to it. */
export type VideoMode = 'decode' | 'receive' | 'off';

export interface SpeakOrder {
  cmd: 'speak';
  url: string;
  token: string;
  width: number;
  height: number;
  fps: number;
}

export interface ListenOrder {
  cmd: 'listen';
  url: string;
  /** One token per listener, and the listener's place in the whole benchmark's join order. */
  bots: { token: string; index: number }[];
  speaker: string;
  video: VideoMode;
  /** Listener i starts connecting i × intervalMs after the order arrives. */
  intervalMs: number;
  timeoutMs: number;
}

export type ToBots = SpeakOrder | ListenOrder | { cmd: 'stats' } | { cmd: 'stop' };

/** One listener's join, in ms from the start of `room.connect()`. */
export interface ListenerJoin {
  ok: boolean;
  error?: string;
  connectMs?: number;
  /** The speaker's audio track is subscribed. */
  subscribedMs?: number;
  /** The first audio frame of the speaker's track arrived. */
  firstFrameMs?: number;
  /** The first frame with the speaker's tone in it (not silence) arrived: the listener hears the speaker. */
  heardMs?: number;
}

export type FromBots =
  | { phase: 'ready' }
  | { phase: 'publishing'; ms: number }
  | { phase: 'joined'; bots: ListenerJoin[] }
  | { phase: 'stats'; audio: number[]; video: number[]; connected: number }
  | { phase: 'stopped' }
  | { phase: 'error'; message: string };

const CLOCK_TICKS = 100;

/** User plus system CPU time a process has used, in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU time the whole machine has been busy so far (every core, every process), in seconds. */
export function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number) as number[];
  return (user! + nice! + system! + irq! + softirq! + steal!) / CLOCK_TICKS;
}

export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
}

/** Bytes sent over the loopback interface of this network namespace so far: in the benchmark's namespace, all traffic. */
export function loopbackBytes(): number {
  const line = readFileSync('/proc/net/dev', 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('lo:'));
  return line ? Number(line.trim().slice(3).trim().split(/\s+/)[8]) : NaN;
}

/** The pid of the child of `parent` whose command name is `name`, if there is one. */
export function childNamed(parent: number, name: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && comm === name) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/** Rejects with `what timed out after …` unless `promise` settles within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms)} ms`)), Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
