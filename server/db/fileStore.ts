import type { Kysely } from 'kysely';
import type { UploadKind } from '../uploads/fileKinds.ts';
import type { Database } from './schema.ts';

/** Stores an upload and points the booth at it, in one transaction: never a booth pointing at nothing. */
export async function saveBoothFile(
  db: Kysely<Database>,
  boothId: string,
  kind: UploadKind,
  contentType: string,
  bytes: Uint8Array,
): Promise<string> {
  return db.transaction().execute(async (tx) => {
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
