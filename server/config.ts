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
    .max(200)
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
    .enum(['local', 'off'])
    .default('local')
    .describe('Without LIVEKIT_URL: start the local livekit-server (local) or run without voice and video (off)'),
  LIVEKIT_BIN: z.string().default('livekit-server').describe('The livekit-server program to start'),
  LIVEKIT_PORT: z.coerce.number().int().min(1).max(65535).default(7880).describe('Local LiveKit signalling port'),
  LIVEKIT_UDP_PORT: z.coerce.number().int().min(1).max(65535).default(7882).describe('Local LiveKit media (UDP) port'),
  TRUST_PROXY: z
    .string()
    .regex(/^(false|true|\d+|loopback|[0-9a-fA-F.:/, ]+)$/, 'false, true, a hop count, loopback or addresses')
    .default('false')
    .describe('Which reverse proxies to believe about the client address (Express "trust proxy")'),
  API_REQUESTS_PER_SECOND: z.coerce
    .number()
    .positive()
    .default(30)
    .describe('HTTP API requests per second per address (bursts of four times that)'),
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
  const keys = { apiKey: e.LIVEKIT_API_KEY, apiSecret: e.LIVEKIT_API_SECRET };
  const livekit: LivekitConfig = e.LIVEKIT_URL
    ? { mode: 'remote', url: e.LIVEKIT_URL.replace(/\/$/, ''), ...keys }
    : e.LIVEKIT === 'off'
      ? { mode: 'off' }
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
  };
}
