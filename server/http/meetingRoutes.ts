import { Router, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { ErrorCode } from '../../shared/errors.ts';
import {
  BusyQuery,
  HallId,
  InvitableQuery,
  MeetingChange,
  MeetingId,
  MeetingRequest,
  MeetingResponse,
  type HallBusy,
  type HallList,
  type InvitableList,
  type Meeting,
  type MeetingList,
} from '../../shared/meetings.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { findHall, hallBusy, listHalls } from '../db/meetingHallStore.ts';
import { invitable } from '../db/meetingPeople.ts';
import { book, cancel, change, getForMember, listMine, respond } from '../db/meetingStore.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../log.ts';
import { meetingCalendar } from '../meetings/icsCalendar.ts';
import { announceMeetingChange } from '../meetings/meetingAnnouncer.ts';
import { MeetingError, noSuchMeeting, type MeetingErrorKind } from '../meetings/meetingErrors.ts';
import { startRefusal } from '../meetings/meetingTimes.ts';
import type { MeetingHub } from '../meetings/meetingHub.ts';
import type { ClientDirectory } from '../moderation/clientDirectory.ts';
import { authenticate, requirePermission, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';

const HTTP_OF: Record<MeetingErrorKind, [number, ErrorCode]> = {
  invalid: [400, 'bad_request'],
  not_found: [404, 'not_found'],
  forbidden: [403, 'forbidden'],
  closed: [409, 'conflict'],
  conflict: [409, 'conflict'],
};

function asHttp(error: unknown): never {
  if (!(error instanceof MeetingError)) throw error;
  const [status, code] = HTTP_OF[error.kind];
  throw new HttpError(status, code, error.message, error.refusal);
}

function refuseStart(startsAt: string | undefined): void {
  const refused = startsAt === undefined ? undefined : startRefusal(startsAt, new Date());
  if (refused) throw new HttpError(400, 'bad_request', refused.message, refused.refusal);
}

/**
 * Side meetings: delegates and organisers book halls and invite people; everyone on a list
 * reads, answers and downloads their meetings. A meeting is 404 to anyone not on its list.
 */
export function meetingRoutes({
  db,
  tokens,
  clients,
  meetings,
  log,
}: {
  db: Kysely<Database>;
  tokens: SessionTokens;
  clients: ClientDirectory;
  /** Tells a meeting's live room that its booking changed. */
  meetings: MeetingHub;
  log: Logger;
}): Router {
  const router = Router();
  const meetingLog = log.child({ component: 'meetings' });
  router.use('/api/meetings', authenticate(tokens));

  /** Answers with the meeting and tells everyone concerned, the people taken off its list included. */
  function changed(res: Response, status: number, meeting: Meeting, event: string, alsoTell: string[] = []) {
    meetingLog.info({ meeting: meeting.id, by: userOf(res).id, version: meeting.version }, `meeting ${event}`);
    announceMeetingChange(clients, [...meeting.people.map((p) => p.userId), ...alsoTell], meeting.id);
    meetings.revised(meeting.id);
    res.status(status).json({ meeting });
  }

  router.get('/api/meetings/halls', requirePermission('meeting.book'), async (_req, res) => {
    const body: HallList = { halls: await listHalls(db) };
    res.json(body);
  });

  router.get('/api/meetings/halls/:hall/busy', requirePermission('meeting.book'), async (req, res) => {
    const hallId = parseOr400(HallId, req.params.hall);
    const query = parseOr400(BusyQuery, req.query);
    if (!(await findHall(db, hallId))) throw new HttpError(404, 'not_found', `no hall "${hallId}"`);
    const body: HallBusy = { hallId, busy: await hallBusy(db, hallId, new Date(query.from), new Date(query.to)) };
    res.json(body);
  });

  router.get('/api/meetings/people', requirePermission('meeting.book'), async (req, res) => {
    const { q } = parseOr400(InvitableQuery, req.query);
    const body: InvitableList = { people: await invitable(db, q) };
    res.json(body);
  });

  router.get('/api/meetings', async (_req, res) => {
    const body: MeetingList = { meetings: await listMine(db, userOf(res).id) };
    res.json(body);
  });

  router.post('/api/meetings', requirePermission('meeting.book'), async (req, res) => {
    const request = parseOr400(MeetingRequest, req.body);
    refuseStart(request.startsAt);
    const meeting = await book(db, userOf(res), request).catch(asHttp);
    changed(res, 201, meeting, 'booked');
  });

  router.get('/api/meetings/:id', async (req, res) => {
    const meeting = await getForMember(db, parseOr400(MeetingId, req.params.id), userOf(res).id);
    if (!meeting) asHttp(noSuchMeeting());
    res.json({ meeting });
  });

  router.patch('/api/meetings/:id', async (req, res) => {
    const id = parseOr400(MeetingId, req.params.id);
    const changes = parseOr400(MeetingChange, req.body);
    refuseStart(changes.startsAt);
    const { meeting, removed } = await change(db, userOf(res), id, changes).catch(asHttp);
    changed(res, 200, meeting, 'changed', removed);
  });

  router.post('/api/meetings/:id/cancel', async (req, res) => {
    const meeting = await cancel(db, userOf(res), parseOr400(MeetingId, req.params.id)).catch(asHttp);
    changed(res, 200, meeting, 'cancelled');
  });

  router.post('/api/meetings/:id/respond', async (req, res) => {
    const id = parseOr400(MeetingId, req.params.id);
    const { answer } = parseOr400(MeetingResponse, req.body);
    const meeting = await respond(db, userOf(res).id, id, answer).catch(asHttp);
    changed(res, 200, meeting, `answered: ${answer}`);
  });

  router.get('/api/meetings/:id/ics', async (req, res) => {
    const meeting = await getForMember(db, parseOr400(MeetingId, req.params.id), userOf(res).id);
    if (!meeting) asHttp(noSuchMeeting());
    const hall = await findHall(db, meeting.hallId);
    res
      .set({
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="meeting-${meeting.id}.ics"`,
        'cache-control': 'private, no-store',
      })
      .send(meetingCalendar(meeting, hall?.name ?? meeting.hallId, new Date()));
  });

  return router;
}
