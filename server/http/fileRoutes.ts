import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { readStoredFile } from '../db/fileStore.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, parseOr400 } from './errors.ts';

const FileId = z.uuid('not a file id');

/** Serves uploaded logos and brochures with the type found in their content, never sniffed again. */
export function fileRoutes(db: Kysely<Database>): Router {
  const router = Router();
  router.get('/api/files/:id', async (req, res) => {
    const file = await readStoredFile(db, parseOr400(FileId, req.params.id));
    if (!file) throw new HttpError(404, 'not_found', 'no such file');
    res.set({
      'Content-Type': file.content_type,
      'X-Content-Type-Options': 'nosniff',
      // Files never change under an id: a new upload gets a new one.
      'Cache-Control': 'public, max-age=31536000, immutable',
      // Even a sanitised SVG opened on its own runs nothing.
      'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
    });
    if (file.kind === 'brochure') res.attachment(`brochure-${file.booth_id}.pdf`);
    res.send(Buffer.from(file.bytes));
  });
  return router;
}
