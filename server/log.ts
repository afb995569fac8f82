import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'turkic-metaverse' } });
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
