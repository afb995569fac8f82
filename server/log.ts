import { pino, type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger };

/** JSON lines to standard output, or to `destination` (a test reading what the server logs). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'turkic-metaverse' } }, destination);
}

/** What Colyseus logs (for instance a frame it could not decode) goes through our logger and its level. */
export function colyseusLogger(log: Logger) {
  const child = log.child({ component: 'colyseus' });
  const at =
    (level: 'trace' | 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) =>
      child[level](args.map(String).join(' '));
  return { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
