import { loadConfig } from './config.ts';
import { createExpoServer } from './createServer.ts';

let server: Awaited<ReturnType<typeof createExpoServer>>;
try {
  server = await createExpoServer(loadConfig());
} catch (error) {
  // Configuration and start-up problems are the operator's to fix: say what, not where in the code.
  console.error(`Turkic Metaverse could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    void server.close().finally(() => process.exit(0));
  });
}
