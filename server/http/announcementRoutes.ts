import { Router } from 'express';
import { z } from 'zod';
import { AnnouncementDraft, type AnnouncementList } from '../../shared/announcements.ts';
import type { LocalizedText } from '../../shared/languages.ts';
import type { AnnouncementBoard } from '../announcements/announcementBoard.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { listAnnouncements } from '../db/announcementStore.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { signedInMay, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';

export interface AnnouncementRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  board: AnnouncementBoard;
}

const AnnouncementId = z.uuid('not an announcement id');

/** Organisers start a banner for everyone in every room, end it, and see the recent ones. */
export function announcementRoutes({ db, tokens, board }: AnnouncementRouteDeps): Router {
  const router = Router();
  router.use('/api/announcements', ...signedInMay(tokens, 'announce'));

  router.post('/api/announcements', async (req, res) => {
    const draft = parseOr400(AnnouncementDraft, req.body);
    const announcement = await board.start(userOf(res), draft.text as LocalizedText, draft.minutes);
    res.status(201).json({ announcement });
  });

  router.delete('/api/announcements/:id', async (req, res) => {
    const id = parseOr400(AnnouncementId, req.params.id);
    const announcement = await board.end(id);
    if (!announcement) throw new HttpError(404, 'not_found', 'no such announcement');
    res.json({ announcement });
  });

  router.get('/api/announcements', async (_req, res) => {
    const body: AnnouncementList = { announcements: await listAnnouncements(db) };
    res.json(body);
  });
  return router;
}
