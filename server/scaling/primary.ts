import type { AddressInfo } from 'node:net';
import type { Config } from '../config.ts';
import { localUrl } from '../localUrl.ts';
import { createLogger } from '../log.ts';
import { LocalLivekit } from '../media/livekitProcess.ts';
import { frontProxy } from './frontProxy.ts';
import { WorkerSlot } from './workerSlot.ts';

/**
 * The workers believe the proxy in front of them (on loopback) about the visitor's address,
 * on top of whatever the operator already trusts in front of the public port.
 */
export function trustingFrontProxy(trusted: Config['trustProxy']): string {
  if (trusted === true) return 'true';
  if (trusted === false) return 'loopback';
  if (typeof trusted === 'number') return String(trusted + 1);
  return `loopback, ${trusted}`;
}

/**
 * `npm start -- --workers N`: runs N expo processes on loopback ports, sharing rooms through
 * Redis and data through PostgreSQL, behind one public port. It starts the local LiveKit once
 * for all of them, starts a worker again when it dies, and passes SIGINT/SIGTERM on, exiting
 * when every worker has closed. It serves nothing itself, so it has nothing to lose in a crash
 * but the port.
 */
export async function runPrimary(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const root = createLogger(config.logLevel);
  const log = root.child({ component: 'primary' });

  let livekit: LocalLivekit | undefined;
  const media: NodeJS.ProcessEnv = {};
  if (config.livekit.mode === 'local') {
    livekit = await LocalLivekit.start({ ...config.livekit, log: root.child({ component: 'livekit' }) });
    media.LIVEKIT = livekit ? 'shared' : 'off';
  }
  let turn = 0;
  const slots: WorkerSlot[] = [];
  const routes = {
    next: () => {
      const ready = slots.filter((slot) => slot.ready);
      return ready.length ? ready[turn++ % ready.length]!.ready!.port : undefined;
    },
    ofProcess: (processId: string) => slots.find((slot) => slot.ready?.processId === processId)?.ready?.port,
  };
  const proxy = frontProxy(routes, log);

  let stopping: Promise<void> | undefined;
  const stop = (signal: NodeJS.Signals) =>
    (stopping ??= (async () => {
      log.info(`${signal}: closing ${slots.length} workers`);
      proxy.server.close();
      proxy.closeConnections();
      await Promise.all(slots.map((slot) => slot.stop(signal)));
      await livekit?.stop();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stop(signal).finally(() => process.exit(0)));
  }

  // Listening first: a taken port stops everything before any worker starts, and the workers
  // learn the public address their links must name. Until a worker is ready, requests get 503.
  await new Promise<void>((resolve, reject) => {
    proxy.server.once('error', reject);
    proxy.server.listen(config.port, config.host, resolve);
  });
  const port = (proxy.server.address() as AddressInfo).port;
  const url = localUrl(config.host, port);
  const workerEnv: NodeJS.ProcessEnv = {
    ...env,
    ...media,
    WORKERS: '1',
    PORT: '0',
    HOST: '127.0.0.1',
    // Rooms are reached through this proxy's origin, found by their process id.
    PUBLIC_ADDRESS: '',
    TRUST_PROXY: trustingFrontProxy(config.trustProxy),
    PRIMARY_URL: url,
  };

  try {
    for (let number = 1; number <= config.workers; number++) {
      slots.push(new WorkerSlot(number, workerEnv, log));
    }
    // The first worker alone migrates and, on an empty database, seeds it; then the others.
    await slots[0]!.start();
    await Promise.all(slots.slice(1).map((slot) => slot.start()));
  } catch (error) {
    await stop('SIGTERM');
    throw error;
  }
  log.info(
    { port, host: config.host, workers: config.workers },
    `Turkic Metaverse is open at ${url} (${config.workers} processes)`,
  );
}
