import { Router } from 'express';
import type { Kysely } from 'kysely';
import { ModerationRequest, type ModerationLog } from '../../shared/moderation.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { listModeration } from '../db/moderationStore.ts';
import type { Database } from '../db/schema.ts';
import type { Metrics } from '../metrics.ts';
import type { Moderation } from '../moderation/moderation.ts';
import { authenticate, requirePermission, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { refusal } from '../../shared/refusals.ts';

export interface ModerationRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  moderation: Moderation;
  metrics: Metrics;
}

/** Organisers mute, remove and ban people, and read the log of every such action. */
export function moderationRoutes({ db, tokens, moderation, metrics }: ModerationRouteDeps): Router {
  const router = Router();
  router.use('/api/moderation', authenticate(tokens), requirePermission('moderation.act'));

  router.post('/api/moderation', async (req, res) => {
    const request = parseOr400(ModerationRequest, req.body);
    const outcome = await moderation.act(userOf(res), request);
    if (!outcome.ok) {
      throw outcome.reason === 'self'
        ? new HttpError(400, 'bad_request', 'you cannot moderate yourself', refusal('moderate_self'))
        : new HttpError(404, 'not_found', 'no such person has entered the event');
    }
    metrics.moderation.inc({ action: request.action });
    res.status(201).json({ record: outcome.record });
  });

  router.get('/api/moderation', async (_req, res) => {
    const body: ModerationLog = { actions: await listModeration(db) };
    res.json(body);
  });
  return router;
}
