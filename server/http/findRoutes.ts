import { Router } from 'express';
import { PeopleQuery, type PeopleFound } from '../../shared/find.ts';
import type { TourList } from '../../shared/tours.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { FindService } from '../find/findService.ts';
import type { TourHub } from '../tours/tourHub.ts';
import { authenticate, userOf } from './auth.ts';
import { parseOr400 } from './errors.ts';

/** Finding people present now, by name or organisation, and the guided tours running now. */
export function findRoutes({ tokens, find, tours }: { tokens: SessionTokens; find: FindService; tours: TourHub }) {
  const router = Router();
  router.use(['/api/people', '/api/tours'], authenticate(tokens));

  router.get('/api/people', async (req, res) => {
    const { q } = parseOr400(PeopleQuery, req.query);
    const body: PeopleFound = { people: await find.search(userOf(res), q) };
    res.json(body);
  });

  router.get('/api/tours', (_req, res) => {
    const body: TourList = { tours: tours.list() };
    res.json(body);
  });
  return router;
}
