import { Router } from 'express';
import { DASHBOARD_HEARTBEAT_MS, type DashboardLine, type DashboardSnapshot } from '../../shared/dashboard.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { DashboardFeed } from '../dashboard/dashboardFeed.ts';
import { authenticate, requirePermission } from './auth.ts';

/** Organisers: the live figures of the event, once or as a feed (NDJSON, a line per changed snapshot). */
export function dashboardRoutes({
  tokens,
  feed,
  take,
}: {
  tokens: SessionTokens;
  feed: DashboardFeed;
  take(): Promise<DashboardSnapshot>;
}): Router {
  const router = Router();
  router.use('/api/dashboard', authenticate(tokens), requirePermission('event.setup'));

  router.get('/api/dashboard', async (_req, res) => {
    res.set('cache-control', 'private, no-store').json(await take());
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
    const heartbeat = setInterval(() => send({ type: 'ping' }), DASHBOARD_HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
  return router;
}
