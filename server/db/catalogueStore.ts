import type { Kysely } from 'kysely';
import type { Booth, BoothContent } from '../../shared/booths.ts';
import { Catalogue, type CatalogueSeed } from '../../shared/catalogue.ts';
import type { Database } from './schema.ts';

/** Fills an empty database from the seed file, all or nothing; a database with an event is left alone. */
export async function seedCatalogue(db: Kysely<Database>, seed: CatalogueSeed): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('events').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    await tx
      .insertInto('events')
      .values({
        id: seed.event.id,
        name: JSON.stringify(seed.event.name),
        subtitle: JSON.stringify(seed.event.subtitle),
      })
      .execute();
    for (const [position, p] of seed.pavilions.entries()) {
      await tx
        .insertInto('pavilions')
        .values({
          id: p.id,
          event_id: seed.event.id,
          position,
          country: p.country,
          observer: p.observer,
          style: p.style,
          colors: JSON.stringify(p.colors),
          name: JSON.stringify(p.name),
          tagline: JSON.stringify(p.tagline),
        })
        .execute();
      await tx
        .insertInto('booths')
        .values(
          p.booths.map((b, i) => ({
            id: b.id,
            pavilion_id: p.id,
            position: i,
            kind: b.kind,
            sample: b.sample,
            content: JSON.stringify(b.content),
            logo_file_id: null,
            brochure_file_id: null,
          })),
        )
        .execute();
    }
    return true;
  });
}

export function fileUrl(id: string | null): string | null {
  return id ? `/api/files/${id}` : null;
}

/** The whole catalogue as the API serves it, validated on the way out like any other input. */
export async function readCatalogue(db: Kysely<Database>): Promise<Catalogue> {
  const event = await db.selectFrom('events').selectAll().limit(1).executeTakeFirstOrThrow();
  const pavilions = await db
    .selectFrom('pavilions')
    .selectAll()
    .where('event_id', '=', event.id)
    .orderBy('position')
    .execute();
  const booths = await db.selectFrom('booths').selectAll().orderBy('pavilion_id').orderBy('position').execute();
  return Catalogue.parse({
    event: { id: event.id, name: event.name, subtitle: event.subtitle },
    pavilions: pavilions.map((p) => ({
      id: p.id,
      country: p.country,
      observer: p.observer,
      style: p.style,
      colors: p.colors,
      name: p.name,
      tagline: p.tagline,
      booths: booths
        .filter((b) => b.pavilion_id === p.id)
        .map((b): Booth => ({
          id: b.id,
          pavilionId: p.id as Booth['pavilionId'],
          kind: b.kind as Booth['kind'],
          sample: b.sample,
          content: b.content,
          logoUrl: fileUrl(b.logo_file_id),
          brochureUrl: fileUrl(b.brochure_file_id),
        })),
    })),
  });
}

export async function updateBoothContent(db: Kysely<Database>, boothId: string, content: BoothContent): Promise<void> {
  await db
    .updateTable('booths')
    .set({ content: JSON.stringify(content), updated_at: new Date() })
    .where('id', '=', boothId)
    .executeTakeFirstOrThrow();
}
