import { Router } from 'express';
import type { Kysely } from 'kysely';
import { DASHBOARD_HEARTBEAT_MS, type DashboardLine } from '../../shared/dashboard.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import { DashboardFeed } from '../dashboard/dashboardFeed.ts';
import { dashboardSnapshot, type DashboardSources } from '../dashboard/dashboardSnapshot.ts';
import { eventFigures } from '../dashboard/eventFigures.ts';
import { cachedFigures } from '../dashboard/figuresCache.ts';
import { takeCensus } from '../dashboard/roomCensus.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../log.ts';
import type { StageHub } from '../stage/stageHub.ts';
import { signedInMay } from './auth.ts';

/** The live feed counts leads, visits and what is on (database scans) at most this often; the rooms every 2 s. */
const DB_FIGURES_MS = 10_000;

/**
 * Organisers: the live figures of the event, once (`GET /api/dashboard`, read fresh) or as a feed
 * (`GET /api/dashboard/live`, NDJSON: a line per changed snapshot and a heartbeat). Every open
 * feed shares one snapshot per interval. `stop` ends the feed's timer and every open feed's response
 * (with its heartbeat), which would otherwise keep the server from ever finishing closing.
 */
export function dashboardRoutes({
  db,
  tokens,
  catalogue,
  stage,
  log,
}: {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  stage: StageHub;
  log: Logger;
}): { router: Router; stop(): void } {
  const sources: DashboardSources = {
    figures: (now) => eventFigures(db, now),
    stage,
    pavilionIds: () => catalogue.current.pavilions.map((p) => p.id),
    census: takeCensus,
  };
  const live: DashboardSources = { ...sources, figures: cachedFigures(sources.figures, DB_FIGURES_MS) };
  const feed = new DashboardFeed(() => dashboardSnapshot(live), log.child({ component: 'dashboard' }));

  const open = new Set<() => void>();

  const router = Router();
  router.use('/api/dashboard', ...signedInMay(tokens, 'event.monitor'));

  router.get('/api/dashboard', async (_req, res) => {
    res.set('cache-control', 'private, no-store').json(await dashboardSnapshot(sources));
  });

  router.get('/api/dashboard/live', (req, res) => {
    res.status(200).set({
      'content-type': 'application/x-ndjson',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const send = (line: DashboardLine) => res.write(`${JSON.stringify(line)}\n`);
    const unsubscribe = feed.subscribe((snapshot) => send({ type: 'snapshot', snapshot }));
    const heartbeat = setInterval(() => send({ type: 'ping' }), DASHBOARD_HEARTBEAT_MS).unref();
    const close = () => {
      if (!open.delete(close)) return;
      clearInterval(heartbeat);
      unsubscribe();
      res.end();
    };
    open.add(close);
    req.on('close', close);
  });
  const stop = () => {
    feed.stop();
    for (const close of [...open]) close();
  };
  return { router, stop };
}
