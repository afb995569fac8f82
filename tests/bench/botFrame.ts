/**
 * What every bot process of the benchmarks (bots.ts, stageBots.ts, voiceBots.ts, soakBots.ts) does
 * around its own work: it takes orders from its benchmark over IPC and says `ready`, turns an order
 * that failed into an `error` message, and ends by itself when the benchmark goes away or after
 * `--max-seconds` (BotProcess passes it), so that no bot outlives its run.
 */
import { parseArgs } from 'node:util';

/** Tells the benchmark; nothing once it has gone away. */
export function sendToBench(message: { phase: string; [detail: string]: unknown }): void {
  if (process.connected) process.send!(message);
}

/**
 * Hands every order to `handle`; `shutdown` leaves the bots' rooms and ends the process with the
 * code given. `name` says whose bots these are in what they print.
 */
export function runBots<ToBots>(
  name: string,
  handle: (order: ToBots) => Promise<void>,
  shutdown: (code: number) => Promise<never>,
): void {
  const { values } = parseArgs({ options: { 'max-seconds': { type: 'string', default: '600' } } });
  process.on('message', (order: ToBots) =>
    handle(order).catch((error: unknown) =>
      sendToBench({ phase: 'error', message: error instanceof Error ? error.message : String(error) }),
    ),
  );
  // The benchmark went away: leave the rooms and end.
  process.on('disconnect', () => void shutdown(1));
  setTimeout(
    () => {
      console.error(`${name}: still running after ${values['max-seconds']} s; stopping`);
      void shutdown(1);
    },
    Number(values['max-seconds']) * 1000,
  ).unref();
  sendToBench({ phase: 'ready' });
}
