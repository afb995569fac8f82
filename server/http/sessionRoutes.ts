import { Router } from 'express';
import { SessionRequest, type SessionResponse } from '../../shared/api.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { parseOr400 } from './errors.ts';

export function sessionRoutes(tokens: SessionTokens): Router {
  const router = Router();
  router.post('/api/session', async (req, res) => {
    const request = parseOr400(SessionRequest, req.body);
    const { token, user, expiresAt } = await tokens.issueGuest(request);
    const body: SessionResponse = { token, user, expiresAt: expiresAt.toISOString() };
    res.status(201).json(body);
  });
  return router;
}
