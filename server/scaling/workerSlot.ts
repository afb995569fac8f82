import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../log.ts';
import { WorkerReady } from './workerReport.ts';

/** A worker that cannot close its rooms in this long is killed. */
const STOP_GRACE_MS = 15_000;
const MAX_RESTART_DELAY_MS = 10_000;
/** A worker up this long has recovered: its next death is not part of a crash loop. */
const STEADY_MS = 30_000;

/**
 * One worker process of the primary: started with the expo's own entry point, reported ready
 * with its port and Colyseus process id, and started again whenever it dies unasked.
 */
export class WorkerSlot {
  /** Where this worker's rooms are reached; undefined while it is (re)starting. */
  ready: WorkerReady | undefined;
  private child: ChildProcess | undefined;
  private stopping = false;
  private restarts = 0;

  constructor(
    readonly number: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: Logger,
  ) {}

  /** Resolves once the worker listens; rejects if it exits first (a start-up error it printed). */
  start(): Promise<void> {
    // The same program with the same loader (tsx), in its own process group so a terminal's
    // Ctrl-C reaches the primary alone and each worker hears exactly one signal, from it.
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: this.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
    this.child = child;
    let readyAt = 0;
    return new Promise((resolve, reject) => {
      child.on('message', (message) => {
        const report = WorkerReady.safeParse(message);
        if (!report.success) return;
        this.ready = report.data;
        readyAt = Date.now();
        const { processId, port } = report.data;
        this.log.info({ worker: this.number, processId, port }, `worker ${this.number} is ready`);
        resolve();
      });
      child.once('exit', (code, signal) => {
        const wasReady = this.ready !== undefined;
        if (this.child === child) this.ready = undefined;
        if (!wasReady) reject(new Error(`worker ${this.number} exited with ${signal ?? code} before it was ready`));
        if (this.stopping || this.child !== child || !wasReady) return;
        // One that had been running a while starts again in half a second; one that keeps dying, ever more slowly.
        if (Date.now() - readyAt > STEADY_MS) this.restarts = 0;
        this.log.error({ worker: this.number, code, signal }, `worker ${this.number} died; starting it again`);
        this.restartLater();
      });
    });
  }

  private restartLater(): void {
    const delay = Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** this.restarts++);
    setTimeout(() => {
      if (this.stopping) return;
      this.start().catch((error: Error) => {
        if (this.stopping) return;
        this.log.error({ worker: this.number }, `${error.message}; trying again`);
        this.restartLater();
      });
    }, delay);
  }

  /** Passes the signal on and resolves when the worker has exited. */
  async stop(signal: NodeJS.Signals): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
}
