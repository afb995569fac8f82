import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';

/**
 * The real server in a process of its own for a benchmark whose bots all come from 127.0.0.1:
 * the per-address limits, meant for real people, are lifted. `env` adds to or overrides that
 * (capacities, a database); voice and video stay off. `nodeArgs` go to node before the script.
 */
export async function startBenchServer(
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  return startProcess('node', [...nodeArgs, '--import', 'tsx', 'server/index.ts'], await freePort(), {
    SESSIONS_PER_MINUTE: '1000000',
    API_REQUESTS_PER_SECOND: '1000000',
    ...env,
  });
}
