import express, { Router } from 'express';
import type { Kysely } from 'kysely';
import {
  IMPORT_LIMITS,
  ImportRequest,
  type ImportAnswer,
  type ImportCreated,
  type ImportedBooth,
} from '../../shared/exhibitorImport.ts';
import { readImportText } from '../../shared/exhibitorImportReader.ts';
import { checkImportRows } from '../../shared/exhibitorImportRows.ts';
import { refusal } from '../../shared/refusals.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { CatalogueService } from '../catalogue.ts';
import { insertBooths, lockEventSetup, retiredBoothIds } from '../db/boothSetupStore.ts';
import { createInvite } from '../db/inviteStore.ts';
import { readCatalogue } from '../db/catalogueStore.ts';
import type { Database } from '../db/schema.ts';
import { signedInMay } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';
import { refusingConflicts } from './setupErrors.ts';

/** How long an imported exhibitor's invitation works, as a new invitation's default. */
const INVITE_DAYS = 30;
/** The text travels inside JSON, where quotes and line breaks take two characters each. */
const BODY_LIMIT = IMPORT_LIMITS.bytes * 2 + 4096;

export interface ExhibitorImportRouteDeps {
  db: Kysely<Database>;
  tokens: SessionTokens;
  catalogue: CatalogueService;
  publicUrl: (req: { protocol: string; get(name: string): string | undefined }) => string;
}

/**
 * `POST /api/import/exhibitors`: checks an exhibitor list row by row and, when asked to commit,
 * creates each valid row's booth and an exhibitor invitation bound to it, all in one transaction.
 * Mounted before the server's small JSON body limit: only organisers' bodies are read this large.
 */
export function exhibitorImportRoutes({ db, tokens, catalogue, publicUrl }: ExhibitorImportRouteDeps): Router {
  const router = Router();
  router.post(
    '/api/import/exhibitors',
    ...signedInMay(tokens, 'event.setup'),
    express.json({ limit: BODY_LIMIT }),
    async (req, res) => {
      const request = parseOr400(ImportRequest, req.body);
      const read = readImportText(request.format, request.text);
      if (!read.ok) {
        const body: ImportAnswer = { fileErrors: read.errors, rows: [], committed: false, created: [] };
        res.json(body);
        return;
      }
      const retired = await retiredBoothIds(db);
      const preview = checkImportRows(read.rows, { ...catalogue.current, retiredBoothIds: retired });
      if (!request.commit) {
        const body: ImportAnswer = { fileErrors: [], rows: preview, committed: false, created: [] };
        res.json(body);
        return;
      }
      const link = `${publicUrl(req)}/?invite=`;
      const outcome = await refusingConflicts(() =>
        catalogue.change((changing) =>
          changing.transaction().execute(async (tx) => {
            await lockEventSetup(tx);
            // Checked again under the lock, against the event as it is now, not as the preview saw it.
            const event = { ...(await readCatalogue(tx)), retiredBoothIds: await retiredBoothIds(tx) };
            const rows = checkImportRows(read.rows, event);
            const valid = rows.flatMap((r) => (r.status === 'ok' ? [{ row: r.row, booth: r.booth }] : []));
            const invalid = rows.length - valid.length;
            if (invalid > 0 && !request.skipInvalid) {
              throw new HttpError(
                409,
                'conflict',
                `${invalid} rows have errors; fix them or confirm skipping them`,
                refusal('import_has_errors', { rows: invalid }),
              );
            }
            if (valid.length === 0) {
              throw new HttpError(409, 'conflict', 'no row can be imported', refusal('import_nothing'));
            }
            await insertBooths(
              tx,
              valid.map((v) => v.booth),
            );
            const created: ImportCreated[] = [];
            for (const { row, booth } of valid) created.push(await inviteFor(tx, row, booth, link));
            return { rows, created };
          }),
        ),
      );
      const body: ImportAnswer = { fileErrors: [], rows: outcome.rows, committed: true, created: outcome.created };
      res.status(201).json(body);
    },
  );
  return router;
}

async function inviteFor(
  db: Kysely<Database>,
  row: number,
  booth: ImportedBooth,
  link: string,
): Promise<ImportCreated> {
  const { code, invite } = await createInvite(
    db,
    { role: 'exhibitor', boothId: booth.id },
    { note: booth.inviteNote || booth.content.name.en, expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) },
  );
  return {
    row,
    boothId: booth.id,
    name: booth.content.name.en,
    pavilionId: booth.pavilionId,
    inviteId: invite.id,
    url: `${link}${code}`,
  };
}
