import { Router } from 'express';
import type { Catalogue } from '../../shared/catalogue.ts';

export function catalogueRoutes(catalogue: Catalogue): Router {
  const router = Router();
  router.get('/api/catalogue', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(catalogue);
  });
  return router;
}
