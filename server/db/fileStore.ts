import type { Kysely } from 'kysely';
import type { UploadKind } from '../uploads/fileKinds.ts';
import type { Database } from './schema.ts';

/**
 * Stores an upload, points the booth at it and drops the file it replaces, in one transaction:
 * never a booth pointing at nothing, nor files nobody points at.
 */
export async function saveBoothFile(
  db: Kysely<Database>,
  boothId: string,
  kind: UploadKind,
  contentType: string,
  bytes: Uint8Array,
): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const booth = await tx
      .selectFrom('booths')
      .select(['logo_file_id', 'brochure_file_id'])
      .where('id', '=', boothId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const replaced = kind === 'logo' ? booth.logo_file_id : booth.brochure_file_id;
    const { id } = await tx
      .insertInto('files')
      .values({ booth_id: boothId, kind, content_type: contentType, bytes, size: bytes.byteLength })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('booths')
      .set(
        kind === 'logo'
          ? { logo_file_id: id, updated_at: new Date() }
          : { brochure_file_id: id, updated_at: new Date() },
      )
      .where('id', '=', boothId)
      .executeTakeFirstOrThrow();
    if (replaced) await tx.deleteFrom('files').where('id', '=', replaced).execute();
    return id;
  });
}

export async function readStoredFile(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('files')
    .select(['content_type', 'bytes', 'kind', 'booth_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}
