import { Router } from 'express';
import type { Kysely } from 'kysely';
import { HallChange, HallCreate, type HallAnswer } from '../../shared/halls.ts';
import { HallId } from '../../shared/meetings.ts';
import { refusal } from '../../shared/refusals.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { changeHall, createHall, retireHall } from '../db/hallSetupStore.ts';
import type { Database } from '../db/schema.ts';
import { signedInMay } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';

/** Organisers set up the meeting halls delegates book: add, rename, move, resize, take out of use. */
export function hallRoutes({ db, tokens }: { db: Kysely<Database>; tokens: SessionTokens }): Router {
  const router = Router();
  const organisers = signedInMay(tokens, 'event.setup');
  const noHall = (id: string) => new HttpError(404, 'not_found', `no hall "${id}"`, refusal('no_hall'));

  router.post('/api/meetings/halls', ...organisers, async (req, res) => {
    const body: HallAnswer = { hall: await createHall(db, parseOr400(HallCreate, req.body)) };
    res.status(201).json(body);
  });

  router.patch('/api/meetings/halls/:hall', ...organisers, async (req, res) => {
    const id = parseOr400(HallId, req.params.hall);
    const change = parseOr400(HallChange, req.body);
    const outcome = await changeHall(db, id, change);
    if (!outcome.ok && outcome.reason === 'too_small') {
      const { title, startsAt, invited } = outcome.meeting;
      throw new HttpError(
        409,
        'conflict',
        `"${title}" (${startsAt}) in hall "${id}" has ${invited} people invited: more than ${change.seats} seats`,
        refusal('hall_too_small', { title, at: startsAt, invited }),
      );
    }
    if (!outcome.ok) throw noHall(id);
    const body: HallAnswer = { hall: outcome.value };
    res.json(body);
  });

  router.delete('/api/meetings/halls/:hall', ...organisers, async (req, res) => {
    const id = parseOr400(HallId, req.params.hall);
    const outcome = await retireHall(db, id);
    if (!outcome.ok && outcome.reason === 'not_found') throw noHall(id);
    if (!outcome.ok)
      throw new HttpError(
        409,
        'conflict',
        `meetings that have not ended are booked in hall "${id}": move or cancel them first`,
        refusal('hall_in_use'),
      );
    res.status(204).end();
  });
  return router;
}
