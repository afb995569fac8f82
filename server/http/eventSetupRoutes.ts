import { Router } from 'express';
import { BoothId } from '../../shared/booths.ts';
import { CountryId } from '../../shared/countries.ts';
import {
  BoothCreate,
  BoothUpdate,
  freeBoothId,
  PavilionEdit,
  type BoothAnswer,
  type BoothDeleted,
} from '../../shared/eventSetup.ts';
import { refusal } from '../../shared/refusals.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import { insertBooths, lockEventSetup, takenBoothIds, updateBooth, updatePavilion } from '../db/boothSetupStore.ts';
import type { BoothRemoval } from '../rooms/boothRemoval.ts';
import { signedInMay } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { refusingConflicts } from './setupErrors.ts';

export interface EventSetupRouteDeps {
  tokens: SessionTokens;
  catalogue: CatalogueService;
  /** Removes a booth where its visits are counted: a visit under way refuses the removal. */
  removal: BoothRemoval;
}

/** Organisers edit pavilions and add, change and remove booths; every change reaches the catalogue and the rooms at once. */
export function eventSetupRoutes({ tokens, catalogue, removal }: EventSetupRouteDeps): Router {
  const router = Router();
  // Per route, not for the paths: exhibitors' own /api/booths/... routes are not organisers' only.
  const organiser = signedInMay(tokens, 'event.setup');

  const boothOr404 = (raw: unknown) => {
    const id = parseOr400(BoothId, raw);
    if (!catalogue.booth(id)) throw new HttpError(404, 'not_found', `no booth "${id}"`);
    return id;
  };
  const answer = (id: string): BoothAnswer => ({ booth: catalogue.booth(id)! });

  router.put('/api/pavilions/:id', ...organiser, async (req, res) => {
    const id = parseOr400(CountryId, req.params.id);
    const edit = parseOr400(PavilionEdit, req.body);
    // Pavilions are neither added nor removed, so the catalogue in memory knows them all.
    if (!catalogue.current.pavilions.some((p) => p.id === id))
      throw new HttpError(404, 'not_found', `no pavilion "${id}"`);
    await catalogue.change((tx) => updatePavilion(tx, id, edit));
    res.json({ pavilion: catalogue.current.pavilions.find((p) => p.id === id) });
  });

  router.post('/api/booths', ...organiser, async (req, res) => {
    const request = parseOr400(BoothCreate, req.body);
    if (!catalogue.current.pavilions.some((p) => p.id === request.pavilionId)) {
      throw new HttpError(400, 'bad_request', `pavilionId: no pavilion "${request.pavilionId}"`, refusal('invalid'));
    }
    const id = await refusingConflicts(() =>
      catalogue.change((db) =>
        db.transaction().execute(async (tx) => {
          await lockEventSetup(tx);
          const boothId =
            request.id ?? freeBoothId(request.content.name.en, request.pavilionId, await takenBoothIds(tx));
          await insertBooths(tx, [{ ...request, id: boothId }]);
          return boothId;
        }),
      ),
    );
    res.status(201).json(answer(id));
  });

  router.patch('/api/booths/:id', ...organiser, async (req, res) => {
    const id = boothOr404(req.params.id);
    const change = parseOr400(BoothUpdate, req.body);
    await catalogue.change((db) =>
      db.transaction().execute(async (tx) => {
        await lockEventSetup(tx);
        await updateBooth(tx, id, change);
      }),
    );
    res.json(answer(id));
  });

  router.delete('/api/booths/:id', ...organiser, async (req, res) => {
    const id = boothOr404(req.params.id);
    const revokedInvites = await removal.remove(id);
    const body: BoothDeleted = { deleted: id, revokedInvites };
    res.json(body);
  });
  return router;
}
