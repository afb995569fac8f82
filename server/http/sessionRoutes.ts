import { Router } from 'express';
import type { Kysely } from 'kysely';
import { SessionRequest, type SessionResponse } from '../../shared/api.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { redeemInvite, type Redemption } from '../db/inviteStore.ts';
import type { Database } from '../db/schema.ts';
import { recordSession } from '../db/sessionStore.ts';
import { HttpError, parseOr400 } from './errors.ts';

const INVITE_REFUSALS: Record<Extract<Redemption, { ok: false }>['reason'], string> = {
  unknown: 'this invitation is not valid',
  expired: 'this invitation has expired',
  used: 'this invitation has already been used',
  revoked: 'this invitation has been withdrawn by the organisers',
};

export function sessionRoutes(tokens: SessionTokens, db: Kysely<Database>): Router {
  const router = Router();
  router.post('/api/session', async (req, res) => {
    const { invite, ...request } = parseOr400(SessionRequest, req.body);
    let granted: Extract<Redemption, { ok: true }> | undefined;
    if (invite) {
      const redeemed = await redeemInvite(db, invite);
      if (!redeemed.ok) throw new HttpError(403, 'forbidden', INVITE_REFUSALS[redeemed.reason]);
      granted = redeemed;
    }
    const { token, user, expiresAt } = await tokens.issue(request, granted?.grant);
    await recordSession(db, user, granted?.inviteId ?? null);
    const body: SessionResponse = { token, user, expiresAt: expiresAt.toISOString() };
    res.status(201).json(body);
  });
  return router;
}
