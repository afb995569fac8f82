import { Router } from 'express';
import type { Kysely } from 'kysely';
import { ProfilePatch, type ProfileResponse } from '../../shared/profile.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { Database } from '../db/schema.ts';
import { loadProfile, saveProfile } from '../db/profileStore.ts';
import { authenticate, userOf } from './auth.ts';
import { parseOr400 } from './errors.ts';

/** Everyone reads and edits their own profile; nobody else's is reachable here. */
export function profileRoutes({ db, tokens }: { db: Kysely<Database>; tokens: SessionTokens }): Router {
  const router = Router();
  router.use('/api/profile', authenticate(tokens));

  router.get('/api/profile', async (_req, res) => {
    const body: ProfileResponse = { profile: await loadProfile(db, userOf(res).id) };
    res.json(body);
  });

  router.patch('/api/profile', async (req, res) => {
    const patch = parseOr400(ProfilePatch, req.body);
    const body: ProfileResponse = { profile: await saveProfile(db, userOf(res).id, patch) };
    res.json(body);
  });
  return router;
}
