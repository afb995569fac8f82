import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Media } from '../media/media.ts';
import type { Metrics } from '../metrics.ts';
import { checkReadiness } from './readiness.ts';

export function healthRoutes(metrics: Metrics, db: Kysely<Database>, media: Media | undefined): Router {
  const router = Router();
  // Liveness: the process answers. A restart does not fix a database that is down, so it is not checked here.
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // Readiness: send people here only while the database answers, and LiveKit when media is on.
  router.get('/readyz', async (req, res) => {
    const readiness = await checkReadiness(db, media);
    if (!readiness.ok) req.log.warn({ checks: readiness.checks }, 'not ready');
    res.status(readiness.ok ? 200 : 503).json(readiness);
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType()).send(await metrics.render());
  });
  return router;
}
