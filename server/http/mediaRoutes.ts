import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import { CountryId } from '../../shared/countries.ts';
import { MediaTokenRequest, STAGE_LIMITS, type MediaSource, type MediaToken } from '../../shared/stage.ts';
import { can } from '../auth/permissions.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import type { Database } from '../db/schema.ts';
import { hasLiveSlot } from '../db/stageStore.ts';
import type { Media, MediaGrant } from '../media/media.ts';
import { meetingAccess } from '../meetings/meetingAccess.ts';
import type { StageHub } from '../stage/stageHub.ts';
import { authenticate, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';

const PRESENTER: MediaSource[] = ['camera', 'microphone', 'screen_share', 'screen_share_audio'];
const MEETING_MEMBER: MediaSource[] = ['camera', 'microphone', 'screen_share'];
/** An interpreter is a voice: their microphone carries the interpretation track. */
const INTERPRETER: MediaSource[] = ['microphone'];
const STAGE_PREFIX = 'stage-';
const MEETING_PREFIX = 'meeting-';

export interface MediaRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  media: Media | undefined;
  stage: StageHub;
}

function requireMedia(media: Media | undefined): Media {
  if (!media) throw new HttpError(503, 'unavailable', 'voice and video are not running on this server');
  return media;
}

/**
 * LiveKit tokens. On a stage, grants follow the person's role and what is on now; in a side
 * meeting, only the people who may be in it get one, and an outsider hears the same 404 as
 * for a meeting that does not exist.
 */
export function mediaRoutes({ db, tokens, catalogue, media, stage }: MediaRouteDeps): Router {
  /** What someone may do on a pavilion's stage. */
  async function stageGrant(user: SessionUser, room: string): Promise<MediaGrant> {
    const pavilionId = CountryId.safeParse(room.slice(STAGE_PREFIX.length));
    if (!pavilionId.success || !catalogue.current.pavilions.some((p) => p.id === pavilionId.data)) {
      throw new HttpError(404, 'not_found', `no stage "${room}"`);
    }
    requireMedia(media);
    const id = pavilionId.data;
    let publish: MediaSource[] = [];
    if (user.role === 'organiser') publish = PRESENTER;
    else if (can(user, 'stage.present', id) && (await hasLiveSlot(db, id, STAGE_LIMITS.earlyMinutes)))
      publish = PRESENTER;
    else if (stage.isPromoted(id, user.id)) publish = ['microphone'];
    return { publish, admin: can(user, 'stage.moderate', id) };
  }

  /** What someone may do in a side meeting: the same check as joining its room. */
  async function meetingGrant(user: SessionUser, room: string): Promise<MediaGrant> {
    const access = await meetingAccess(db, room.slice(MEETING_PREFIX.length), user);
    if (access.kind === 'outsider') throw new HttpError(404, 'not_found', 'no such meeting');
    if (access.kind === 'closed') throw new HttpError(409, 'conflict', access.reason, access.refusal);
    requireMedia(media);
    return {
      publish: access.interprets ? INTERPRETER : MEETING_MEMBER,
      admin: access.chair,
      noRecording: access.meeting.noRecording,
    };
  }

  const router = Router();
  router.post('/api/media/token', authenticate(tokens), async (req, res) => {
    const { room } = parseOr400(MediaTokenRequest, req.body);
    const user = userOf(res);
    const grant = room.startsWith(MEETING_PREFIX) ? await meetingGrant(user, room) : await stageGrant(user, room);
    const livekit = requireMedia(media);
    // Minting is all this server does with LiveKit rooms' media: it never starts an egress.
    const body: MediaToken = {
      url: livekit.url,
      token: await livekit.token(user, room, grant),
      identity: user.id,
      publish: grant.publish,
      admin: grant.admin,
    };
    res.json(body);
  });
  return router;
}
