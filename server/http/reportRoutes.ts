import type { Presence } from '@colyseus/core';
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { refusal } from '../../shared/refusals.ts';
import {
  REPORT_CHANNEL,
  REPORT_LIMITS,
  ReportActRequest,
  ReportRequest,
  ReportResolution,
  type ReportFiled,
  type ReportList,
  type ReportPlace,
} from '../../shared/reports.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import {
  countReportsPerPerson,
  countReportsSince,
  listReports,
  recordReport,
  reportExists,
  resolveReport,
  takeReport,
} from '../db/reportStore.ts';
import type { Database } from '../db/schema.ts';
import { findSession } from '../db/sessionStore.ts';
import type { PresenceDirectory } from '../find/presenceDirectory.ts';
import type { Metrics } from '../metrics.ts';
import type { Moderation } from '../moderation/moderation.ts';
import { signedInMay, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { publish } from '../bus/publish.ts';

export interface ReportRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  /** Where the reported person is now, to tell organisers where it happened. */
  presence: PresenceDirectory;
  /** Colyseus presence, on which a new report is announced to the organisers in the rooms. */
  bus: Presence;
  moderation: Moderation;
  metrics: Metrics;
}

const ReportId = z.uuid('not a report id');

/** Anyone signed in reports someone they saw; organisers read the reports and resolve them. */
export function reportRoutes({ db, tokens, presence, bus, moderation, metrics }: ReportRouteDeps): Router {
  const router = Router();
  const organisers = signedInMay(tokens, 'moderation.act');

  router.post('/api/reports', ...signedInMay(tokens, 'person.report'), async (req, res) => {
    const request = parseOr400(ReportRequest, req.body);
    const reporter = userOf(res);
    if (request.userId === reporter.id) {
      throw new HttpError(400, 'bad_request', 'you cannot report yourself', refusal('not_allowed'));
    }
    const since = new Date(Date.now() - REPORT_LIMITS.windowMinutes * 60_000);
    if ((await countReportsSince(db, reporter.id, since)) >= REPORT_LIMITS.perWindow) {
      res.setHeader('Retry-After', String(REPORT_LIMITS.windowMinutes * 60));
      throw new HttpError(429, 'rate_limited', 'too many reports; please wait a few minutes', refusal('rate_limited'));
    }
    const reported = await findSession(db, request.userId);
    if (!reported) throw new HttpError(404, 'not_found', 'no such person has entered the event');
    const seen = presence.whereIs(request.userId)?.place;
    const place: ReportPlace | null = seen ? (seen.kind === 'plaza' ? { kind: 'plaza' } : seen) : null;
    const id = await recordReport(db, { reporterId: reporter.id, reportedId: request.userId, ...request, place });
    // Heard by the organisers' rooms in every process; with Redis after this reply, which is fine: nothing here reads it back.
    publish(bus, REPORT_CHANNEL, { reportedName: reported.name } satisfies ReportFiled);
    res.status(201).json({ id });
  });

  router.get('/api/reports', ...organisers, async (_req, res) => {
    const [reports, counts] = await Promise.all([listReports(db), countReportsPerPerson(db)]);
    const body: ReportList = { reports, counts };
    res.json(body);
  });

  router.post('/api/reports/:id/resolve', ...organisers, async (req, res) => {
    const id = parseOr400(ReportId, req.params.id);
    const resolution = parseOr400(ReportResolution, req.body);
    if (await resolveReport(db, id, { ...resolution, byName: userOf(res).name })) return void res.json({ ok: true });
    throw await notOpen(db, id);
  });

  // Taking the report and acting on the person commit together: the report is closed exactly
  // when the action is logged, and of two organisers acting at once the second finds it closed.
  router.post('/api/reports/:id/act', ...organisers, async (req, res) => {
    const id = parseOr400(ReportId, req.params.id);
    const { action, reason, minutes, note } = parseOr400(ReportActRequest, req.body);
    const by = userOf(res);
    const prepared = await db.transaction().execute(async (tx) => {
      const taken = await takeReport(tx, id, { outcome: 'actioned', action, note, byName: by.name });
      if (!taken) throw await notOpen(tx, id);
      const outcome = await moderation.record(tx, by, { action, userId: taken.reportedId, reason, minutes });
      if (!outcome.ok) {
        throw outcome.reason === 'self'
          ? new HttpError(400, 'bad_request', 'you cannot moderate yourself', refusal('moderate_self'))
          : new HttpError(404, 'not_found', 'no such person has entered the event');
      }
      return outcome;
    });
    prepared.apply();
    metrics.moderation.inc({ action });
    res.status(201).json({ record: prepared.record });
  });

  // Asked within the transaction when there is one: PGlite has a single connection.
  const notOpen = async (within: Kysely<Database>, id: string) =>
    (await reportExists(within, id))
      ? new HttpError(409, 'conflict', 'this report was already resolved', refusal('report_closed'))
      : new HttpError(404, 'not_found', 'no such report');
  return router;
}
