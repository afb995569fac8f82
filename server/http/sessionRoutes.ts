import { Router } from 'express';
import type { Kysely } from 'kysely';
import { SessionRequest, type SessionResponse } from '../../shared/api.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { findInvite } from '../db/inviteStore.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, parseOr400 } from './errors.ts';

export function sessionRoutes(tokens: SessionTokens, db: Kysely<Database>): Router {
  const router = Router();
  router.post('/api/session', async (req, res) => {
    const { invite, ...request } = parseOr400(SessionRequest, req.body);
    const grant = invite ? await findInvite(db, invite) : undefined;
    if (invite && !grant) throw new HttpError(403, 'forbidden', 'this invitation is not valid');
    const { token, user, expiresAt } = await tokens.issue(request, grant);
    const body: SessionResponse = { token, user, expiresAt: expiresAt.toISOString() };
    res.status(201).json(body);
  });
  return router;
}
