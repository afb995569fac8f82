import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log.ts';

const CONFIG_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'livekit.yaml');
const READY_TIMEOUT_MS = 15_000;
/** livekit-server ignores a SIGTERM that comes right after it reports healthy; give it this long. */
const SETTLE_MS = 300;
const STOP_GRACE_MS = 3000;
/** Stages and meetings wait on it, and their clients try again every 5 s at most: so does this. */
const MAX_RESTART_DELAY_MS = 5000;

const INSTALL_HINT =
  'install it with `go install github.com/livekit/livekit-server/cmd/server@v1.13.5` and put the binary on PATH as ' +
  '`livekit-server` (or set LIVEKIT_BIN), or point LIVEKIT_URL at a LiveKit deployment';

export interface LocalLivekitOptions {
  bin: string;
  port: number;
  udpPort: number;
  apiKey: string;
  apiSecret: string;
  log: Logger;
  /** How long a start may take to answer before it is given up (and killed); 15 s unless a test says. */
  readyTimeoutMs?: number;
}

/** The repo's config with this run's ports. */
function configBody(port: number, udpPort: number): string {
  return readFileSync(CONFIG_FILE, 'utf8')
    .replace(/^port: \d+$/m, `port: ${port}`)
    .replace(/^ {2}udp_port: \d+$/m, `  udp_port: ${udpPort}`);
}

async function isHealthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Runs livekit-server next to the expo: started with the repo's loopback-only config, awaited
 * until healthy, restarted if it crashes, stopped with the expo.
 */
export class LocalLivekit {
  private child: ChildProcess | undefined;
  private stopping = false;
  private restarts = 0;

  private constructor(private readonly options: LocalLivekitOptions) {}

  /** Starts it and waits until it answers; resolves undefined (and says why) if it cannot run here. */
  static async start(options: LocalLivekitOptions): Promise<LocalLivekit | undefined> {
    const livekit = new LocalLivekit(options);
    const outcome = await livekit.launch();
    if (outcome === 'ready') return livekit;
    await livekit.stop();
    if (outcome === 'missing') {
      options.log.warn(`livekit-server was not found, so voice and video are off: ${INSTALL_HINT}`);
    } else {
      options.log.error(`livekit-server did not start (${outcome}), so voice and video are off`);
    }
    return undefined;
  }

  private launch(): Promise<'ready' | 'missing' | string> {
    const { bin, port, udpPort, apiKey, apiSecret, log, readyTimeoutMs = READY_TIMEOUT_MS } = this.options;
    const child = spawn(bin, ['--config-body', configBody(port, udpPort)], {
      // Keys go through the environment, not the command line that `ps` shows.
      env: { ...process.env, LIVEKIT_KEYS: `${apiKey}: ${apiSecret}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let lastLines = '';
    const remember = (chunk: Buffer) => {
      lastLines = (lastLines + chunk.toString()).slice(-2000);
    };
    child.stdout?.on('data', remember);
    child.stderr?.on('data', remember);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: string) => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
      child.once('error', (error: NodeJS.ErrnoException) =>
        settle(error.code === 'ENOENT' ? 'missing' : error.message),
      );
      child.once('exit', (code, signal) => {
        const why = `exited with ${signal ?? code}: ${lastLines.trim().split('\n').slice(-3).join(' | ')}`;
        if (!settled) return settle(why);
        if (this.stopping || this.child !== child) return;
        log.error({ code, signal }, `livekit-server ${why}; restarting it`);
        this.scheduleRestart();
      });
      const deadline = Date.now() + readyTimeoutMs;
      const poll = async () => {
        while (!settled && Date.now() < deadline) {
          if (await isHealthy(port)) {
            await new Promise((r) => setTimeout(r, SETTLE_MS));
            this.restarts = 0;
            log.info({ port, udpPort }, `livekit-server is running on ws://127.0.0.1:${port} (loopback only)`);
            return settle('ready');
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        if (settled) return;
        settle(`not healthy within ${readyTimeoutMs / 1000} s`);
        // Left running, a slow start could come up later and hold the port unsupervised while the
        // next try fails on it; its exit is no crash to restart after, the next try is scheduled.
        if (this.child === child) this.child = undefined;
        child.kill('SIGKILL');
      };
      void poll();
    });
  }

  private scheduleRestart(): void {
    const delay = Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** this.restarts++);
    setTimeout(() => {
      if (this.stopping) return;
      void this.launch().then((outcome) => {
        if (outcome !== 'ready' && !this.stopping) {
          this.options.log.error(`livekit-server did not come back (${outcome}); trying again`);
          this.scheduleRestart();
        }
      });
    }, delay).unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
}
