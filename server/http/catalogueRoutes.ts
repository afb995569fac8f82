import { Router } from 'express';
import type { CatalogueService } from '../catalogue.ts';

export function catalogueRoutes(catalogue: CatalogueService): Router {
  const router = Router();
  router.get('/api/catalogue', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(catalogue.current);
  });
  return router;
}
