import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { InviteRequest, type InviteCreated, type InviteList } from '../../shared/invites.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import { createInvite, listInvites, revokeInvite } from '../db/inviteStore.ts';
import type { Database } from '../db/schema.ts';
import { authenticate, requirePermission } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { refusal } from '../../shared/refusals.ts';

export interface InviteRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  /** The address people open, for the links handed out. */
  publicUrl: (req: { protocol: string; get(name: string): string | undefined }) => string;
}

/** Organisers make, list and revoke invitation links. */
export function inviteRoutes({ db, tokens, catalogue, publicUrl }: InviteRouteDeps): Router {
  const router = Router();
  router.use('/api/invites', authenticate(tokens), requirePermission('invites.manage'));

  router.post('/api/invites', async (req, res) => {
    const request = parseOr400(InviteRequest, req.body);
    const { grant } = request;
    if (grant.role === 'exhibitor' && !catalogue.booth(grant.boothId)) {
      throw new HttpError(400, 'bad_request', `grant.boothId: no booth "${grant.boothId}"`, refusal('no_booth'));
    }
    const { code, invite } = await createInvite(db, grant, {
      note: request.note,
      expiresAt: new Date(Date.now() + request.days * 86_400_000),
      maxUses: request.maxUses ?? null,
    });
    const body: InviteCreated = { invite, code, url: `${publicUrl(req)}/?invite=${code}` };
    res.status(201).json(body);
  });

  router.get('/api/invites', async (_req, res) => {
    const body: InviteList = { invites: await listInvites(db) };
    res.json(body);
  });

  router.delete('/api/invites/:id', async (req, res) => {
    const id = parseOr400(z.uuid('not an invitation id'), req.params.id);
    const invite = await revokeInvite(db, id);
    if (!invite) throw new HttpError(404, 'not_found', 'no such invitation');
    res.json({ invite });
  });
  return router;
}
