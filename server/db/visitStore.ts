import { sql, type Kysely } from 'kysely';
import { DWELL_BUCKETS, type BoothAnalytics } from '../../shared/analytics.ts';
import type { Database, NewBoothVisit } from './schema.ts';

export async function recordVisit(db: Kysely<Database>, visit: NewBoothVisit): Promise<void> {
  await db.insertInto('booth_visits').values(visit).execute();
}

function hourKey(date: Date): string {
  const d = new Date(date);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString();
}

/** Visits, unique visitors and leads per hour, and the spread of dwell times, over the last `hours`. */
export async function boothAnalytics(
  db: Kysely<Database>,
  boothId: string,
  hours: number,
  now = new Date(),
): Promise<BoothAnalytics> {
  const since = new Date(now.getTime() - hours * 3600_000);
  const visits = await db
    .selectFrom('booth_visits')
    .select(['visitor_id', 'started_at', 'dwell_ms'])
    .where('booth_id', '=', boothId)
    .where('started_at', '>=', since)
    .execute();
  const leads = await db
    .selectFrom('leads')
    .select(sql<Date>`created_at`.as('created_at'))
    .where('booth_id', '=', boothId)
    .where('created_at', '>=', since)
    .execute();

  const buckets = new Map<string, { visits: number; visitors: Set<string>; leads: number }>();
  for (let t = new Date(hourKey(since)).getTime(); t <= now.getTime(); t += 3600_000) {
    buckets.set(new Date(t).toISOString(), { visits: 0, visitors: new Set(), leads: 0 });
  }
  for (const v of visits) {
    const bucket = buckets.get(hourKey(v.started_at));
    if (!bucket) continue;
    bucket.visits++;
    bucket.visitors.add(v.visitor_id);
  }
  for (const l of leads) {
    const bucket = buckets.get(hourKey(l.created_at));
    if (bucket) bucket.leads++;
  }

  const dwell = visits.map((v) => v.dwell_ms / 1000).sort((a, b) => a - b);
  const mid = Math.floor(dwell.length / 2);
  const median = dwell.length === 0 ? 0 : dwell.length % 2 ? dwell[mid]! : (dwell[mid - 1]! + dwell[mid]!) / 2;
  let lower = 0;
  return {
    boothId,
    hours: [...buckets].map(([hour, b]) => ({ hour, visits: b.visits, visitors: b.visitors.size, leads: b.leads })),
    dwell: {
      visits: dwell.length,
      medianSeconds: Math.round(median),
      meanSeconds: Math.round(dwell.reduce((s, v) => s + v, 0) / Math.max(1, dwell.length)),
      buckets: DWELL_BUCKETS.map(({ label, maxSeconds }) => {
        const count = dwell.filter((s) => s >= lower && s < maxSeconds).length;
        lower = maxSeconds;
        return { label, visits: count };
      }),
    },
    totals: { visits: visits.length, visitors: new Set(visits.map((v) => v.visitor_id)).size, leads: leads.length },
  };
}
