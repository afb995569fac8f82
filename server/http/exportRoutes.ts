import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import type { Database } from '../db/schema.ts';
import { EXPORT_SECTIONS } from '../export/sections.ts';
import { writeExport } from '../export/writeExport.ts';
import type { Logger } from '../log.ts';
import { signedInMay, userOf } from './auth.ts';

/** `event-<id>-2026-11-26.json`: which event and which day, safe in any file system. */
function exportFileName(eventId: string, at: Date): string {
  const safeId = eventId.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `event-${safeId}-${at.toISOString().slice(0, 10)}.json`;
}

/** Organisers: every piece of the event's data as one JSON file (shared/exportFormat.ts), streamed. */
export function exportRoutes({
  db,
  tokens,
  catalogue,
  log,
}: {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  log: Logger;
}): Router {
  const router = Router();
  router.get('/api/export', ...signedInMay(tokens, 'event.setup'), async (_req, res) => {
    const exportedAt = new Date();
    const eventId = catalogue.current.event.id;
    res.status(200).set({
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(eventId, exportedAt)}"`,
      'cache-control': 'private, no-store',
    });
    const started = performance.now();
    try {
      const { rows, complete } = await writeExport(res, db, EXPORT_SECTIONS, { eventId, exportedAt });
      log.info(
        { by: userOf(res).id, rows, complete, ms: Math.round(performance.now() - started) },
        'event data exported',
      );
      res.end();
    } catch (err) {
      // The headers are gone already: cutting the connection is how the download is told it failed.
      log.error({ err }, 'the export failed part way');
      res.destroy();
    }
  });
  return router;
}
