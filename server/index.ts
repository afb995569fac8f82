import { loadConfig } from './config.ts';
import { createExpoServer } from './createServer.ts';

const server = await createExpoServer(loadConfig());

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    void server.close().finally(() => process.exit(0));
  });
}
