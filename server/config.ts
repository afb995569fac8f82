import { z } from 'zod';
import { CARD_LIMITS } from '../shared/cards.ts';
import { describeZodError } from '../shared/errors.ts';
import type { InterestLimits } from './rooms/interest.ts';

const DEV_SESSION_SECRET = 'turkic-metaverse-dev-secret-change-me-in-production';
const DEV_LIVEKIT_KEY = 'devkey';
const DEV_LIVEKIT_SECRET = 'turkic-metaverse-dev-livekit-secret-0123456789';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Runtime mode'),
  PORT: z.coerce.number().int().min(0).max(65535).default(2567).describe('HTTP and WebSocket port'),
  HOST: z.string().default('0.0.0.0').describe('Interface to listen on'),
  SESSION_SECRET: z
    .string()
    .min(32, 'use at least 32 characters')
    .default(DEV_SESSION_SECRET)
    .describe('Key that signs session tokens'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12)
    .describe('How long a session lasts'),
  CATALOGUE_FILE: z.string().default('assets/catalogue.json').describe('Event catalogue seed data'),
  DATA_DIR: z.string().default('./data').describe('Where the embedded PGlite database keeps its files'),
  DATABASE_URL: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'a postgres:// connection string')
        .optional(),
    )
    .describe('PostgreSQL instead of the embedded database'),
  CLIENT_DIR: z.string().default('dist/client').describe('Built browser app to serve'),
  DEV_CLIENT: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1')
    .describe('Serve the client through Vite middleware with hot reload'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Structured log verbosity'),
  PLAZA_CAPACITY: z.coerce.number().int().positive().default(600).describe('Visitors per plaza instance'),
  PAVILION_CAPACITY: z.coerce.number().int().positive().default(80).describe('Visitors per pavilion instance'),
  PUBLIC_URL: z
    .preprocess((v) => (v === '' ? undefined : v), z.url().optional())
    .describe('Address people use to reach the expo, for links the server prints'),
  INTEREST_RADIUS: z.coerce
    .number()
    .positive()
    .max(200)
    .default(30)
    .describe('Metres within which a visitor receives the movements of others (the nearest INTEREST_MAX_VISIBLE)'),
  INTEREST_MAX_VISIBLE: z.coerce
    .number()
    .int()
    .min(1)
    .max(2000)
    .default(48)
    .describe('How many others a visitor receives the movements of at most, the nearest first'),
  RECONNECT_SECONDS: z.coerce.number().int().min(0).max(300).default(20).describe('Seat held after a drop'),
  CARD_OFFER_SECONDS: z.coerce
    .number()
    .positive()
    .max(600)
    .default(CARD_LIMITS.offerSeconds)
    .describe('How long an offer to exchange business cards waits for an answer'),
  LIVEKIT_URL: z
    .preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^wss?$/ }).optional())
    .describe('A LiveKit server to use instead of starting the local one (ws:// or wss://)'),
  LIVEKIT_API_KEY: z.string().min(1).default(DEV_LIVEKIT_KEY).describe('LiveKit API key'),
  LIVEKIT_API_SECRET: z.string().min(32).default(DEV_LIVEKIT_SECRET).describe('LiveKit API secret'),
  LIVEKIT: z
    .enum(['local', 'off', 'shared'])
    .default('local')
    .describe(
      'Without LIVEKIT_URL: start the local livekit-server (local), use the one another process of this expo runs on LIVEKIT_PORT (shared: how --workers hands it to its workers) or run without voice and video (off)',
    ),
  LIVEKIT_BIN: z.string().default('livekit-server').describe('The livekit-server program to start'),
  LIVEKIT_PORT: z.coerce.number().int().min(1).max(65535).default(7880).describe('Local LiveKit signalling port'),
  LIVEKIT_UDP_PORT: z.coerce.number().int().min(1).max(65535).default(7882).describe('Local LiveKit media (UDP) port'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|true|\d+|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*)$/,
      'false, true, a hop count, or addresses and ranges (loopback, 10.0.0.0/8, …)',
    )
    .default('false')
    .describe('Which reverse proxies to believe about the client address (Express "trust proxy")'),
  API_REQUESTS_PER_SECOND: z.coerce
    .number()
    .positive()
    .default(30)
    .describe('HTTP API requests per second per address (bursts of four times that)'),
  REDIS_URL: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')
        .optional(),
    )
    .describe('Redis through which several server processes share their rooms'),
  WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .describe('How many server processes `npm start` runs behind one port (also `npm start -- --workers N`)'),
  PUBLIC_ADDRESS: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(
          /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?(\/[\w.~-]+)*\/?$/,
          'host[:port][/path], without a scheme',
        )
        .optional(),
    )
    .describe(
      "Where clients open WebSockets to this process's rooms, when several processes run and something routes by it",
    ),
  PRIMARY_URL: z
    .preprocess((v) => (v === '' ? undefined : v), z.url().optional())
    .describe("Set by --workers for its workers: the public port's address, which their start-up messages name"),
  SESSIONS_PER_MINUTE: z.coerce
    .number()
    .positive()
    .default(60)
    .describe('New sessions per minute per address (bursts of twice that)'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  sessionSecret: string;
  sessionTtlHours: number;
  catalogueFile: string;
  dataDir: string;
  databaseUrl: string | undefined;
  clientDir: string;
  devClient: boolean;
  logLevel: string;
  plazaCapacity: number;
  pavilionCapacity: number;
  interest: InterestLimits;
  reconnectSeconds: number;
  cardOfferSeconds: number;
  publicUrl: string | undefined;
  trustProxy: boolean | number | string;
  livekit: LivekitConfig;
  apiRequestsPerSecond: number;
  sessionsPerMinute: number;
  redisUrl: string | undefined;
  /** More than one: this process is the primary that runs that many worker processes behind one port. */
  workers: number;
  publicAddress: string | undefined;
  /** The primary's address, when this is one of its workers. */
  primaryUrl: string | undefined;
};

export type LivekitConfig =
  | { mode: 'remote'; url: string; apiKey: string; apiSecret: string }
  | { mode: 'local'; bin: string; port: number; udpPort: number; apiKey: string; apiSecret: string }
  | { mode: 'off' };

function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads the environment once; every variable has a default that needs nothing installed. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${describeZodError(parsed.error)}`);
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.SESSION_SECRET === DEV_SESSION_SECRET) {
    throw new Error('Invalid configuration: SESSION_SECRET must be set in production');
  }
  if (e.NODE_ENV === 'production' && e.LIVEKIT_URL && e.LIVEKIT_API_SECRET === DEV_LIVEKIT_SECRET) {
    throw new Error(
      'Invalid configuration: LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set with LIVEKIT_URL in production',
    );
  }
  // Rooms in several processes meet through Redis, and their data must be one database that
  // every process reaches: PGlite is a folder only one process may open.
  if (e.WORKERS > 1 && !e.REDIS_URL) {
    throw new Error('Invalid configuration: several processes (WORKERS or --workers) need REDIS_URL to share rooms');
  }
  if ((e.WORKERS > 1 || e.REDIS_URL) && !e.DATABASE_URL) {
    throw new Error(
      'Invalid configuration: several processes (WORKERS, --workers or REDIS_URL) need DATABASE_URL: the embedded database serves one process only',
    );
  }
  const keys = { apiKey: e.LIVEKIT_API_KEY, apiSecret: e.LIVEKIT_API_SECRET };
  const livekit: LivekitConfig = e.LIVEKIT_URL
    ? { mode: 'remote', url: e.LIVEKIT_URL.replace(/\/$/, ''), ...keys }
    : e.LIVEKIT === 'off'
      ? { mode: 'off' }
      : e.LIVEKIT === 'shared'
        ? { mode: 'remote', url: `ws://127.0.0.1:${e.LIVEKIT_PORT}`, ...keys }
        : { mode: 'local', bin: e.LIVEKIT_BIN, port: e.LIVEKIT_PORT, udpPort: e.LIVEKIT_UDP_PORT, ...keys };
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    sessionSecret: e.SESSION_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    catalogueFile: e.CATALOGUE_FILE,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    clientDir: e.CLIENT_DIR,
    devClient: e.DEV_CLIENT,
    logLevel: e.LOG_LEVEL,
    plazaCapacity: e.PLAZA_CAPACITY,
    pavilionCapacity: e.PAVILION_CAPACITY,
    interest: { radius: e.INTEREST_RADIUS, maxVisible: e.INTEREST_MAX_VISIBLE },
    reconnectSeconds: e.RECONNECT_SECONDS,
    cardOfferSeconds: e.CARD_OFFER_SECONDS,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    trustProxy: trustProxy(e.TRUST_PROXY),
    livekit,
    apiRequestsPerSecond: e.API_REQUESTS_PER_SECOND,
    sessionsPerMinute: e.SESSIONS_PER_MINUTE,
    redisUrl: e.REDIS_URL,
    workers: e.WORKERS,
    publicAddress: e.PUBLIC_ADDRESS?.replace(/\/$/, ''),
    primaryUrl: e.PRIMARY_URL?.replace(/\/$/, ''),
  };
}
