import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { createExpoServer, type ExpoServer } from './createServer.ts';
import { runPrimary } from './scaling/primary.ts';
import { reportToPrimary, runsUnderPrimary } from './scaling/workerReport.ts';

/** Serves until SIGINT or SIGTERM (or, as a worker, until its primary is gone), then closes cleanly. */
function closeOnSignal(server: ExpoServer): void {
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    void server.close().finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, close);
  if (runsUnderPrimary()) reportToPrimary(server.port, close);
}

try {
  // `npm start -- --workers N` is the same as WORKERS=N.
  const { values } = parseArgs({ options: { workers: { type: 'string' } } });
  const config = loadConfig(values.workers === undefined ? process.env : { ...process.env, WORKERS: values.workers });
  // Several workers: this process is their primary, and serves nothing itself.
  if (config.workers > 1) await runPrimary(config);
  else closeOnSignal(await createExpoServer(config));
} catch (error) {
  // Configuration and start-up problems are the operator's to fix: say what, not where in the code.
  console.error(`Turkic Metaverse could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
