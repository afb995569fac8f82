import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { CountryId } from '../../shared/countries.ts';
import { StageSlotRequest, type Agenda } from '../../shared/stage.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import type { Database } from '../db/schema.ts';
import { deleteSlot, listSlots } from '../db/stageStore.ts';
import { bookSlot } from '../stage/slotBooking.ts';
import { signedInMay } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { refusal } from '../../shared/refusals.ts';

/** Each pavilion stage's agenda: open to read, edited by organisers. */
export function stageRoutes({
  db,
  tokens,
  catalogue,
}: {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
}): Router {
  const router = Router();
  router.use('/api/stages/:id', (req, _res, next) => {
    const id = parseOr400(CountryId, req.params.id);
    if (!catalogue.current.pavilions.some((p) => p.id === id))
      throw new HttpError(404, 'not_found', `no stage "${id}"`);
    next();
  });

  router.get('/api/stages/:id/agenda', async (req, res) => {
    const body: Agenda = { slots: await listSlots(db, req.params.id as string) };
    res.json(body);
  });

  router.post('/api/stages/:id/slots', ...signedInMay(tokens, 'stage.moderate'), async (req, res) => {
    const slot = parseOr400(StageSlotRequest, req.body);
    const booked = await bookSlot(db, req.params.id as string, slot);
    if ('noBooth' in booked)
      throw new HttpError(404, 'not_found', `boothId: no booth "${booked.noBooth}"`, refusal('no_booth'));
    if (!booked.ok) {
      const { title, startsAt: from, endsAt: to } = booked.clash;
      throw new HttpError(
        409,
        'conflict',
        `this stage already has "${title}" from ${from} to ${to}`,
        refusal('slot_overlap', { title, from, to }),
      );
    }
    res.status(201).json({ slot: booked.slot });
  });

  router.delete('/api/stages/:id/slots/:slot', ...signedInMay(tokens, 'stage.moderate'), async (req, res) => {
    const slotId = parseOr400(z.uuid('not a slot id'), req.params.slot);
    if (!(await deleteSlot(db, req.params.id as string, slotId))) throw new HttpError(404, 'not_found', 'no such slot');
    res.status(204).end();
  });
  return router;
}
