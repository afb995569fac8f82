import { Router } from 'express';
import type { Kysely } from 'kysely';
import { CountryId } from '../../shared/countries.ts';
import { MediaTokenRequest, STAGE_LIMITS, type MediaSource, type MediaToken } from '../../shared/stage.ts';
import { can } from '../auth/permissions.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import type { Database } from '../db/schema.ts';
import { hasLiveSlot } from '../db/stageStore.ts';
import type { Media } from '../media/media.ts';
import type { StageHub } from '../stage/stageHub.ts';
import { authenticate, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';

const PRESENTER: MediaSource[] = ['camera', 'microphone', 'screen_share', 'screen_share_audio'];

export interface MediaRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  media: Media | undefined;
  stage: StageHub;
}

/** LiveKit tokens whose grants follow the person's role and what is on the stage now. */
export function mediaRoutes({ db, tokens, catalogue, media, stage }: MediaRouteDeps): Router {
  const router = Router();
  router.post('/api/media/token', authenticate(tokens), async (req, res) => {
    const { room } = parseOr400(MediaTokenRequest, req.body);
    const pavilionId = CountryId.safeParse(room.slice('stage-'.length));
    if (!pavilionId.success || !catalogue.current.pavilions.some((p) => p.id === pavilionId.data)) {
      throw new HttpError(404, 'not_found', `no stage "${room}"`);
    }
    if (!media) throw new HttpError(503, 'unavailable', 'voice and video are not running on this server');
    const user = userOf(res);
    const id = pavilionId.data;
    let publish: MediaSource[] = [];
    if (user.role === 'organiser') publish = PRESENTER;
    else if (can(user, 'stage.present', id) && (await hasLiveSlot(db, id, STAGE_LIMITS.earlyMinutes)))
      publish = PRESENTER;
    else if (stage.isPromoted(id, user.id)) publish = ['microphone'];
    const admin = can(user, 'stage.moderate', id);
    const body: MediaToken = {
      url: media.url,
      token: await media.token(user, room, { publish, admin }),
      identity: user.id,
      publish,
      admin,
    };
    res.json(body);
  });
  return router;
}
