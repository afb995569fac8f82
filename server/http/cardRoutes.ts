import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { CardList } from '../../shared/cards.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { collectedCards } from '../db/cardStore.ts';
import type { Database } from '../db/schema.ts';
import { authenticate, requirePermission, userOf } from './auth.ts';

/** The business cards a person collected; nobody can read anyone else's. */
export function cardRoutes({ db, tokens }: { db: Kysely<Database>; tokens: SessionTokens }): Router {
  const router = Router();
  router.get('/api/cards', authenticate(tokens), requirePermission('cards.exchange'), async (_req, res) => {
    const body: CardList = { cards: await collectedCards(db, userOf(res).id) };
    res.json(body);
  });
  return router;
}
