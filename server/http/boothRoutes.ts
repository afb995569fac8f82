import express, { Router } from 'express';
import type { Kysely } from 'kysely';
import { AnalyticsQuery } from '../../shared/analytics.ts';
import { BoothContent, BoothId } from '../../shared/booths.ts';
import { LeadRequest, type LeadCreated, type LeadList } from '../../shared/leads.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import { toCsv } from '../../shared/csv.ts';
import { saveBoothFile } from '../db/fileStore.ts';
import { addLead, listLeads } from '../db/leadStore.ts';
import type { Database } from '../db/schema.ts';
import { boothAnalytics } from '../db/visitStore.ts';
import type { LeadFeed } from '../leadFeed.ts';
import { checkUpload, UPLOAD_LIMITS, type UploadKind } from '../uploads/fileKinds.ts';
import { authenticate, requirePermission, userOf } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { refusal } from '../../shared/refusals.ts';

const HEARTBEAT_MS = 25_000;

export interface BoothRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  leads: LeadFeed;
}

/** Leave a card, read leads (JSON, CSV, live), analytics, and the exhibitor's edits of their booth. */
export function boothRoutes({ db, tokens, catalogue, leads }: BoothRouteDeps): Router {
  const router = Router();
  router.use('/api/booths/:id', authenticate(tokens), (req, _res, next) => {
    const id = parseOr400(BoothId, req.params.id);
    if (!catalogue.booth(id)) throw new HttpError(404, 'not_found', `no booth "${id}"`);
    next();
  });

  router.post('/api/booths/:id/leads', requirePermission('lead.create'), async (req, res) => {
    const request = parseOr400(LeadRequest, req.body);
    const user = userOf(res);
    const result: LeadCreated = await addLead(db, req.params.id as string, user.id, user.lang, request);
    if (result.created) leads.publish(result.lead);
    res.status(result.created ? 201 : 200).json(result);
  });

  router.get('/api/booths/:id/leads', requirePermission('booth.leads.read'), async (req, res) => {
    const list = await listLeads(db, req.params.id as string);
    if (req.query.format === 'csv') {
      const csv = toCsv(
        ['Date (UTC)', 'Name', 'Organisation', 'E-mail', 'Message', 'Language'],
        list.map((l) => [
          l.createdAt.replace('T', ' ').slice(0, 19),
          l.name,
          l.organisation,
          l.email,
          l.message,
          l.lang,
        ]),
      );
      res
        .type('text/csv; charset=utf-8')
        .attachment(`leads-${req.params.id as string}.csv`)
        .send(csv);
      return;
    }
    if (req.query.format !== undefined && req.query.format !== 'json') {
      throw new HttpError(400, 'bad_request', 'format: expected "json" or "csv"', refusal('invalid'));
    }
    const body: LeadList = { leads: list };
    res.json(body);
  });

  /** Newline-delimited JSON: one line per new lead as it is committed, a ping now and then. */
  router.get('/api/booths/:id/leads/live', requirePermission('booth.leads.read'), (req, res) => {
    res
      .status(200)
      .set({ 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    res.write(`${JSON.stringify({ type: 'ready' })}\n`);
    const unsubscribe = leads.subscribe(req.params.id as string, (lead) =>
      res.write(`${JSON.stringify({ type: 'lead', lead })}\n`),
    );
    const heartbeat = setInterval(() => res.write(`${JSON.stringify({ type: 'ping' })}\n`), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  router.get('/api/booths/:id/analytics', requirePermission('booth.analytics.read'), async (req, res) => {
    const { hours } = parseOr400(AnalyticsQuery, req.query);
    res.json(await boothAnalytics(db, req.params.id as string, hours));
  });

  router.put('/api/booths/:id/content', requirePermission('booth.edit'), async (req, res) => {
    const content = parseOr400(BoothContent, req.body);
    await catalogue.updateContent(req.params.id as string, content);
    res.json({ booth: catalogue.booth(req.params.id as string) });
  });

  for (const kind of ['logo', 'brochure'] as const satisfies readonly UploadKind[]) {
    router.put(
      `/api/booths/:id/${kind}`,
      requirePermission('booth.edit'),
      express.raw({ type: () => true, limit: UPLOAD_LIMITS[kind].maxBytes + 1 }),
      async (req, res) => {
        const body: unknown = req.body;
        const bytes = body instanceof Buffer ? new Uint8Array(body) : new Uint8Array();
        const checked = checkUpload(kind, bytes);
        if (!checked.ok) throw new HttpError(checked.status, 'bad_request', checked.message, refusal('invalid'));
        await saveBoothFile(db, req.params.id as string, kind, checked.contentType, checked.bytes);
        await catalogue.contentChanged();
        res.json({ booth: catalogue.booth(req.params.id as string) });
      },
    );
  }
  return router;
}
