import { Router } from 'express';
import type { Headcount } from '../../shared/headcount.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { headcount } from '../find/headcount.ts';
import type { PresenceDirectory } from '../find/presenceDirectory.ts';
import { authenticate } from './auth.ts';

/** How many people are where, for the 2D plaza's pavilion list (anyone signed in; counts only). */
export function headcountRoutes({
  tokens,
  presence,
  isBanned,
}: {
  tokens: SessionTokens;
  presence: PresenceDirectory;
  isBanned: (userId: string) => boolean;
}) {
  const router = Router();
  router.get('/api/headcount', authenticate(tokens), (_req, res) => {
    const body: Headcount = headcount(presence, isBanned);
    res.json(body);
  });
  return router;
}
