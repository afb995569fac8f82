import type { Kysely } from 'kysely';
import type { StageSlot } from '../../shared/stage.ts';
import type { Database } from '../db/schema.ts';
import { addSlot, toSlot } from '../db/stageStore.ts';

type NewSlot = Parameters<typeof addSlot>[2];

/**
 * Puts a slot on a stage unless another slot there overlaps it (end to start is not an overlap),
 * or the booth it names is gone. The pavilion's row is locked first, so two organisers adding
 * slots to one stage at once are checked one after the other and cannot both slip in. The booth
 * is read here, under a share lock, not from the cached catalogue: stage_slots.booth_id has no
 * foreign key, and a booth deleted meanwhile (its deletion locks its row, then clears the slots
 * naming it) would otherwise leave the slot naming a booth that no longer exists.
 */
export async function bookSlot(
  db: Kysely<Database>,
  pavilionId: string,
  slot: NewSlot,
): Promise<{ ok: true; slot: StageSlot } | { ok: false; clash: StageSlot } | { ok: false; noBooth: string }> {
  return db.transaction().execute(async (tx) => {
    await tx.selectFrom('pavilions').select('id').where('id', '=', pavilionId).forUpdate().execute();
    if (slot.boothId) {
      const booth = await tx
        .selectFrom('booths')
        .select('id')
        .where('id', '=', slot.boothId)
        .forShare()
        .executeTakeFirst();
      if (!booth) return { ok: false, noBooth: slot.boothId } as const;
    }
    const clash = await tx
      .selectFrom('stage_slots')
      .selectAll()
      .where('pavilion_id', '=', pavilionId)
      .where('starts_at', '<', slot.endsAt)
      .where('ends_at', '>', slot.startsAt)
      .orderBy('starts_at')
      .executeTakeFirst();
    if (clash) return { ok: false, clash: toSlot(clash) } as const;
    return { ok: true, slot: await addSlot(tx, pavilionId, slot) } as const;
  });
}
