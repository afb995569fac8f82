import type { Kysely } from 'kysely';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { Database } from '../db/schema.ts';
import { addSlot } from '../db/stageStore.ts';

const SLOT_MINUTES = 20;

/**
 * A new event's first agenda: on every pavilion's stage, one pitch per booth, back to back
 * from the current hour, each by the first person of the booth's team. Organisers change it.
 */
export async function seedAgenda(db: Kysely<Database>, catalogue: Catalogue, now = new Date()): Promise<void> {
  const start = new Date(now);
  start.setUTCMinutes(0, 0, 0);
  for (const pavilion of catalogue.pavilions) {
    for (const [i, booth] of pavilion.booths.entries()) {
      const startsAt = new Date(start.getTime() + i * SLOT_MINUTES * 60_000);
      await addSlot(db, pavilion.id, {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000).toISOString(),
        title: booth.content.name.en ?? booth.id,
        speakerName: booth.content.team[0]?.name ?? booth.content.name.en ?? booth.id,
        boothId: booth.id,
      });
    }
  }
}
