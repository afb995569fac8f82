/**
 * The soak's view of its server (tests/bench/soak.ts): the process on a fresh database, and what
 * the soak reads from it: memory and people connected, rooms created and disposed, everything it
 * refused or got wrong (counted in /metrics), and the errors it logged.
 */
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { sampleOf, seriesOf } from '../fixtures/metricsText.ts';
import { freePort, type ServerProcess } from '../fixtures/process.ts';
import { startBenchServer } from './benchServer.ts';
import { GcProbe } from './gcProbe.ts';
import { withTimeout } from './stageShared.ts';

export interface SoakServer {
  server: ServerProcess;
  database: TestDatabase;
  /** Collects the server's garbage on demand, so that its memory is read without the sawtooth. */
  gc: GcProbe;
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

/**
 * The server in its own process on a fresh PGlite folder, or with `postgres` a fresh database on
 * TEST_DATABASE_URL's server; its inspector listens on a loopback port for the garbage collections.
 */
export async function startSoakServer(postgres: boolean): Promise<SoakServer> {
  const backend = BACKENDS.find((b) => b.name === (postgres ? 'postgres' : 'pglite'));
  if (!backend) throw new Error('--postgres needs TEST_DATABASE_URL (an account that may create databases)');
  const database = await backend.create();
  const inspectorPort = await freePort();
  let server: ServerProcess | undefined;
  const close = async () => {
    if (server) await withTimeout(server.stop(), 15_000, 'server stop').catch(() => server!.stop('SIGKILL'));
    await database.drop();
  };
  try {
    server = await startBenchServer(database.env, [`--inspect=127.0.0.1:${inspectorPort}`, '--expose-gc']);
    const gc = await GcProbe.connect(inspectorPort);
    return {
      server,
      database,
      gc,
      close: async () => {
        gc.close();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function metricsText(server: ServerProcess): Promise<string> {
  const response = await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET /metrics: ${response.status}`);
  return response.text();
}

/** What the soak reads from the server every few seconds. */
export interface Reading {
  rssBytes: number;
  heapBytes: number;
  /** The longest the event loop was held since the last reading: prom-client resets it on every scrape. */
  loopDelayMs: number;
  /** People connected to the plaza and the pavilions. */
  clients: number;
  /** Moves refused so far, for whatever reason. */
  movesRefused: number;
}

export function readingOf(text: string): Reading {
  return {
    rssBytes: sampleOf(text, 'process_resident_memory_bytes'),
    heapBytes: sampleOf(text, 'nodejs_heap_size_used_bytes'),
    loopDelayMs: sampleOf(text, 'nodejs_eventloop_lag_max_seconds') * 1000,
    clients:
      sampleOf(text, 'expo_room_clients', { room: 'plaza' }) +
      sampleOf(text, 'expo_room_clients', { room: 'pavilion' }),
    movesRefused: seriesOf(text, 'expo_moves_rejected_total').reduce((sum, s) => sum + s.value, 0),
  };
}

/** Rooms created and disposed so far, by room kind. */
export function roomsOf(text: string): Record<string, { created: number; disposed: number }> {
  const rooms: Record<string, { created: number; disposed: number }> = {};
  const at = (room: string) => (rooms[room] ??= { created: 0, disposed: 0 });
  for (const s of seriesOf(text, 'expo_rooms_created_total')) at(s.labels.room!).created = s.value;
  for (const s of seriesOf(text, 'expo_rooms_disposed_total')) at(s.labels.room!).disposed = s.value;
  return rooms;
}

/** The server's counts of what a client should never meet in a soak, each named as an error. */
const REFUSALS: [metric: string, name: (labels: Record<string, string>) => string][] = [
  ['expo_moves_rejected_total', (l) => `server refused a move (${l.reason})`],
  ['expo_messages_rejected_total', (l) => `server refused a "${l.type}" message (${l.reason})`],
  ['expo_messages_limited_total', (l) => `server flood guard: ${l.verdict}`],
  ['expo_joins_refused_total', (l) => `server refused a join (${l.reason})`],
  ['expo_http_requests_limited_total', (l) => `server rate limit ${l.limit}: ${l.verdict}`],
  ['expo_db_errors_total', (l) => `database error (SQLSTATE class ${l.class})`],
];

export function refusalsOf(text: string): Record<string, number> {
  const errors: Record<string, number> = {};
  for (const [metric, name] of REFUSALS) {
    for (const s of seriesOf(text, metric)) if (s.value > 0) errors[name(s.labels)] = s.value;
  }
  return errors;
}

/** Every line the server logged at level error or fatal (pino's 50 and 60), by message. */
export function loggedErrors(output: string): Record<string, number> {
  const errors: Record<string, number> = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string };
      if ((entry.level ?? 0) < 50) continue;
      // The first line names it; a stack trace after it would make every occurrence look distinct.
      const error = `server logged an error: ${(entry.msg ?? line).split('\n')[0]}`;
      errors[error] = (errors[error] ?? 0) + 1;
    } catch {
      // not one of pino's lines
    }
  }
  return errors;
}
