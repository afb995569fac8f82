/**
 * `npm run bench:eventData [-- --leads 20000 --visits 100000 --people 60 --runs 50]`: the real
 * server on a fresh PGlite (or TEST_DATABASE_URL's PostgreSQL with `--postgres`), filled with
 * leads and booth visits, with real colyseus.js clients in the plaza and the pavilions; prints
 * how long one dashboard snapshot takes (p50/p99/max, what the live feed pays every 2 s at most)
 * and how long the export of all event data takes, with its size.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { LocalPresence } from '@colyseus/core';
import type { Room } from 'colyseus.js';
import { COUNTRY_IDS } from '../../shared/countries.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { dashboardSnapshot } from '../../server/dashboard/dashboardSnapshot.ts';
import { eventFigures, type EventFigures } from '../../server/dashboard/eventFigures.ts';
import { takeCensus } from '../../server/dashboard/roomCensus.ts';
import { StageHub } from '../../server/stage/stageHub.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { colyseusClient, newSession, sessionWithRole, startTestServer } from '../fixtures/server.ts';

const { values } = parseArgs({
  options: {
    leads: { type: 'string', default: '20000' },
    visits: { type: 'string', default: '100000' },
    people: { type: 'string', default: '60' },
    runs: { type: 'string', default: '50' },
    postgres: { type: 'boolean', default: false },
  },
});
const EMPTY_FIGURES: EventFigures = {
  leads: { total: 0, topBooths: [] },
  visits: { total: 0, visitors: 0, topBooths: [] },
  slotsNow: [],
  meetingsNow: [],
};
const LEADS = Number(values.leads);
const VISITS = Number(values.visits);
const PEOPLE = Number(values.people);
const RUNS = Number(values.runs);

const backend = values.postgres ? BACKENDS.find((b) => b.name === 'postgres') : BACKENDS[0];
if (!backend) throw new Error('--postgres needs TEST_DATABASE_URL');
const database = await backend.create();
const server = await startTestServer({
  ...database.env,
  API_REQUESTS_PER_SECOND: '100000',
  SESSIONS_PER_MINUTE: '100000',
});

const booths = (await server.db.selectFrom('booths').select('id').execute()).map((b) => b.id);
const boothList = sql.raw(`ARRAY[${booths.map((b) => `'${b}'`).join(',')}]`);
// One lead per visitor and booth (the unique constraint): every lead from a new visitor.
await sql`INSERT INTO leads (booth_id, visitor_id, name, organisation, email, message, lang)
  SELECT (${boothList})[1 + (i % ${booths.length})], gen_random_uuid(), 'Visitor ' || i, 'Org ' || i,
         'v' || i || '@example.org', 'Hello from the bench', 'en'
  FROM generate_series(1, ${LEADS}) AS i`.execute(server.db);
await sql`INSERT INTO booth_visits (booth_id, visitor_id, started_at, ended_at, dwell_ms)
  SELECT (${boothList})[1 + (i % ${booths.length})], gen_random_uuid(),
         now() - interval '1 hour', now() - interval '1 hour' + (i % 300) * interval '1 second', (i % 300) * 1000
  FROM generate_series(1, ${VISITS}) AS i`.execute(server.db);

const places = ['plaza', 'kz', 'tr', 'az', 'uz', 'kg'] as const;
const rooms: Room[] = [];
for (let i = 0; i < PEOPLE; i++) {
  const { token } = await newSession(server, { name: `Bench ${i}`, country: 'kz', lang: 'en' });
  const place = places[i % places.length]!;
  const client = colyseusClient(server);
  const options = { token, protocol: PROTOCOL_VERSION };
  const room =
    place === 'plaza'
      ? await client.joinOrCreate(ROOMS.plaza, options)
      : await client.joinOrCreate(ROOMS.pavilion, { ...options, pavilionId: place });
  room.onMessage('*', () => undefined);
  rooms.push(room);
}

const { token } = await sessionWithRole(server, { role: 'organiser' }, { name: 'Bench organiser' });
const headers = { authorization: `Bearer ${token}` };

/** Milliseconds per run of `work`, as p50, p99 and max. */
async function timed(work: () => Promise<unknown>): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${times.at(-1)!.toFixed(1)} ms`;
}

let online = 0;
const overHttp = await timed(async () => {
  const response = await fetch(`${server.url}/api/dashboard`, { headers });
  online = ((await response.json()) as { online: { total: number } }).online.total;
});
// In this process, as the live feed takes them: the rooms alone (every 2 s), the database figures (every 10 s).
const stage = new StageHub(server.db, undefined, new LocalPresence());
const pavilionIds = () => COUNTRY_IDS.slice();
const roomsOnly = await timed(() =>
  dashboardSnapshot({ figures: async () => EMPTY_FIGURES, stage, pavilionIds, census: takeCensus }),
);
const figuresOnly = await timed(() => eventFigures(server.db, new Date()));

const exportStarted = performance.now();
const file = await fetch(`${server.url}/api/export`, { headers });
const bytes = (await file.arrayBuffer()).byteLength;
const exportMs = performance.now() - exportStarted;

console.log(
  `${backend.name}: ${LEADS} leads, ${VISITS} visits, ${online} people online in ${new Set(rooms.map((r) => r.roomId)).size} rooms`,
);
console.log(`GET /api/dashboard (a fresh snapshot over HTTP), ${RUNS} runs: ${overHttp}`);
console.log(`live feed, rooms and stages (every 2 s): ${roomsOnly}`);
console.log(`live feed, database figures (every 10 s at most): ${figuresOnly}`);
console.log(`export: ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${(exportMs / 1000).toFixed(2)} s`);

for (const room of rooms) await room.leave(true);
await server.close();
await database.drop();
