/**
 * What the benchmarks with bot processes (stage.ts, voice.ts) share: the bot process and its
 * messages, livekit-server's process, CPU over a window, and simple statistics.
 */
import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import type { ServerProcess } from '../fixtures/process.ts';
import { childNamed, cpuSeconds, loopbackBytes, machineBusySeconds, withTimeout } from './stageShared.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A bot process (stageBots.ts, voiceBots.ts) and the messages it has sent. */
export class BotProcess<ToBots extends { cmd: string } | { cmd: 'stop' }, FromBots extends { phase: string }> {
  readonly child: ChildProcess;
  private readonly inbox: FromBots[] = [];
  private wake: (() => void) | undefined;
  private tail = '';
  readonly exited: Promise<void>;

  constructor(
    readonly label: string,
    script: string,
    maxMs: number,
    private readonly log: (message: string) => void,
  ) {
    this.child = fork(script, ['--max-seconds', String(Math.ceil(maxMs / 1000))], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => (this.tail = (this.tail + chunk.toString()).slice(-3000));
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.child.on('message', (message: FromBots) => {
      this.inbox.push(message);
      this.wake?.();
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    void this.exited.then(() => this.wake?.());
  }

  get pid(): number {
    return this.child.pid!;
  }

  get output(): string {
    return this.tail.trim();
  }

  send(message: ToBots): void {
    if (this.child.connected) this.child.send(message as Serializable);
  }

  /** The next message of this phase; an `error` message, the process ending or the timeout rejects. */
  async next<P extends FromBots['phase']>(phase: P, timeoutMs: number): Promise<Extract<FromBots, { phase: P }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.inbox.findIndex((m) => m.phase === phase || m.phase === 'error');
      if (index >= 0) {
        const [message] = this.inbox.splice(index, 1);
        if (message!.phase === 'error')
          throw new Error(`${this.label}: ${(message as unknown as { message: string }).message}`);
        return message as Extract<FromBots, { phase: P }>;
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`${this.label} exited (${this.child.exitCode ?? this.child.signalCode}): ${this.output}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.label}: no "${phase}" within ${Math.round(timeoutMs / 1000)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Asks it to leave its rooms and end; kills it if it has not ended within `graceMs`. */
  async stop(graceMs = 20_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.send({ cmd: 'stop' } as ToBots);
    try {
      await withTimeout(this.exited, graceMs, `${this.label} stop`);
    } catch (error) {
      this.log(`${(error as Error).message}; killing it`);
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;
}

export function livekitPid(server: ServerProcess): number {
  const pid = childNamed(server.child.pid!, 'livekit-server');
  if (!pid) throw new Error(`livekit-server is not running under the server:\n${server.output()}`);
  return pid;
}

/** Over the window that `measure` spans: CPU % of one core of each pid and of the whole machine, and loopback traffic. */
export async function cpuOver(
  pids: number[],
  measure: () => Promise<void>,
): Promise<{ cpu: number[]; machine: number; others: number; seconds: number; loopbackBitsPerSecond: number }> {
  const before = pids.map(cpuSeconds);
  const busy = machineBusySeconds();
  const bytes = loopbackBytes();
  const started = performance.now();
  await measure();
  const elapsed = (performance.now() - started) / 1000;
  const cpu = pids.map((pid, i) => ((cpuSeconds(pid) - before[i]!) / elapsed) * 100);
  const machine = ((machineBusySeconds() - busy) / elapsed) * 100;
  return {
    cpu,
    machine,
    others: machine - cpu.reduce((sum, c) => sum + c, 0),
    seconds: elapsed,
    loopbackBitsPerSecond: ((loopbackBytes() - bytes) * 8) / elapsed,
  };
}
