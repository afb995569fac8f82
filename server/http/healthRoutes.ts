import { Router } from 'express';
import type { Metrics } from '../metrics.ts';

export function healthRoutes(metrics: Metrics): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType()).send(await metrics.render());
  });
  return router;
}
