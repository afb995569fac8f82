import type { Kysely, Transaction } from 'kysely';
import type { BoothContent, BoothKind } from '../../shared/booths.ts';
import type { PavilionStyle } from '../../shared/catalogue.ts';
import { sameNameKey, type PavilionEdit } from '../../shared/eventSetup.ts';
import { pavilionCapacity } from '../../shared/world/boothCapacity.ts';
import type { Database } from './schema.ts';

/** Why a set-up change was refused, as the route turns it into a 409 with a refusal code. */
export type SetupConflictCode = 'pavilion_full' | 'booth_exists' | 'booth_not_empty' | 'booth_name_taken';

export class SetupConflict extends Error {
  constructor(
    readonly code: SetupConflictCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export interface NewBooth {
  id: string;
  pavilionId: string;
  kind: BoothKind;
  content: BoothContent;
}

/**
 * Every set-up change holds the event's row until it commits, so two organisers (or an import
 * and an organiser) never both take the last place in a pavilion or the same booth id.
 */
export async function lockEventSetup(tx: Transaction<Database>): Promise<void> {
  await tx.selectFrom('events').select('id').forUpdate().execute();
}

export async function updatePavilion(db: Kysely<Database>, id: string, edit: PavilionEdit): Promise<boolean> {
  const result = await db
    .updateTable('pavilions')
    .set({
      name: JSON.stringify(edit.name),
      tagline: JSON.stringify(edit.tagline),
      colors: JSON.stringify(edit.colors),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ids no new booth may take: those of the booths there are, and of every booth removed. */
export async function takenBoothIds(db: Kysely<Database>): Promise<Set<string>> {
  const present = await db.selectFrom('booths').select('id').execute();
  const retired = await db.selectFrom('retired_booth_ids').select('id').execute();
  return new Set([...present, ...retired].map((b) => b.id));
}

/** Ids of removed booths, which the import's checks count as taken too. */
export async function retiredBoothIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('retired_booth_ids').select('id').execute()).map((r) => r.id);
}

/**
 * Adds booths at the end of their pavilions' rings, inside the caller's transaction (which has
 * called lockEventSetup): refuses an id already used (now or by a removed booth), a name another
 * booth has (as sameNameKey compares them) and a pavilion with no place left.
 */
export async function insertBooths(tx: Transaction<Database>, booths: readonly NewBooth[]): Promise<void> {
  const ids = booths.map((b) => b.id);
  if (ids.length === 0) return;
  const taken = await takenBoothIds(tx);
  const clash = ids.find((id, i) => taken.has(id) || ids.indexOf(id) !== i);
  if (clash) throw new SetupConflict('booth_exists', `a booth "${clash}" exists or existed already`, { id: clash });
  const names = await tx.selectFrom('booths').select('content').execute();
  const seen = new Set(names.map((b) => sameNameKey((b.content as BoothContent).name.en)));
  for (const booth of booths) {
    const name = booth.content.name.en;
    if (seen.has(sameNameKey(name))) {
      throw new SetupConflict('booth_name_taken', `a booth called "${name}" exists already`, { name });
    }
    seen.add(sameNameKey(name));
  }
  const pavilions = await tx.selectFrom('pavilions').select(['id', 'style']).execute();
  const rows = await tx.selectFrom('booths').select(['pavilion_id', 'position']).execute();
  for (const pavilion of pavilions) {
    const adding = booths.filter((b) => b.pavilionId === pavilion.id);
    if (adding.length === 0) continue;
    const present = rows.filter((r) => r.pavilion_id === pavilion.id);
    const max = pavilionCapacity(pavilion.style as PavilionStyle);
    if (present.length + adding.length > max) {
      throw new SetupConflict('pavilion_full', `pavilion "${pavilion.id}" holds at most ${max} booths`, {
        pavilionId: pavilion.id,
        max,
      });
    }
    const next = present.reduce((m, r) => Math.max(m, r.position + 1), 0);
    await tx
      .insertInto('booths')
      .values(
        adding.map((b, i) => ({
          id: b.id,
          pavilion_id: pavilion.id,
          position: next + i,
          kind: b.kind,
          sample: false,
          content: JSON.stringify(b.content),
          logo_file_id: null,
          brochure_file_id: null,
        })),
      )
      .execute();
  }
}

/** A booth's kind, and its place in its pavilion's order (the others shift to make room). */
export async function updateBooth(
  tx: Transaction<Database>,
  id: string,
  change: { kind?: BoothKind | undefined; position?: number | undefined },
): Promise<void> {
  if (change.kind)
    await tx.updateTable('booths').set({ kind: change.kind, updated_at: new Date() }).where('id', '=', id).execute();
  if (change.position === undefined) return;
  const booth = await tx.selectFrom('booths').select('pavilion_id').where('id', '=', id).executeTakeFirstOrThrow();
  const order = await tx
    .selectFrom('booths')
    .select('id')
    .where('pavilion_id', '=', booth.pavilion_id)
    .orderBy('position')
    .execute();
  const others = order.map((r) => r.id).filter((other) => other !== id);
  others.splice(Math.min(change.position, others.length), 0, id);
  for (const [position, boothId] of others.entries()) {
    await tx.updateTable('booths').set({ position }).where('id', '=', boothId).execute();
  }
}

/**
 * Removes a booth that nobody has left a card at nor visited: its files go with it, the
 * invitations bound to it are revoked (and keep its id as their scope, for the record), and
 * agenda slots that named it name no booth, and its id is retired for good. A booth with leads
 * or visits is refused, so that nothing collected is lost.
 */
export async function deleteBooth(tx: Transaction<Database>, id: string): Promise<{ revokedInvites: number }> {
  const leads = await tx
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('booth_id', '=', id)
    .executeTakeFirstOrThrow();
  const visits = await tx
    .selectFrom('booth_visits')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('booth_id', '=', id)
    .executeTakeFirstOrThrow();
  const counts = { leads: Number(leads.n), visits: Number(visits.n) };
  if (counts.leads > 0 || counts.visits > 0) {
    throw new SetupConflict(
      'booth_not_empty',
      `booth "${id}" has ${counts.leads} leads and ${counts.visits} visits; it is kept so that they are not lost`,
      counts,
    );
  }
  await tx.updateTable('booths').set({ logo_file_id: null, brochure_file_id: null }).where('id', '=', id).execute();
  await tx.deleteFrom('files').where('booth_id', '=', id).execute();
  const revoked = await tx
    .updateTable('invites')
    .set({ revoked_at: new Date() })
    .where('booth_id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  await tx.updateTable('invites').set({ booth_id: null, scope: id }).where('booth_id', '=', id).execute();
  await tx.updateTable('stage_slots').set({ booth_id: null }).where('booth_id', '=', id).execute();
  await tx.deleteFrom('booths').where('id', '=', id).execute();
  await tx.insertInto('retired_booth_ids').values({ id }).execute();
  return { revokedInvites: Number(revoked.numUpdatedRows) };
}
