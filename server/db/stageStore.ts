import { sql, type Kysely, type Selectable } from 'kysely';
import type { CountryId } from '../../shared/countries.ts';
import type { Question, StageSlot } from '../../shared/stage.ts';
import type { Database, StageSlotsTable } from './schema.ts';

export function toSlot(row: Selectable<StageSlotsTable>): StageSlot {
  return {
    id: row.id,
    pavilionId: row.pavilion_id as CountryId,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    title: row.title,
    speakerName: row.speaker_name,
    boothId: row.booth_id,
  };
}

export async function listSlots(db: Kysely<Database>, pavilionId: string): Promise<StageSlot[]> {
  const rows = await db
    .selectFrom('stage_slots')
    .selectAll()
    .where('pavilion_id', '=', pavilionId)
    .orderBy('starts_at')
    .execute();
  return rows.map(toSlot);
}

export async function addSlot(
  db: Kysely<Database>,
  pavilionId: string,
  slot: { startsAt: string; endsAt: string; title: string; speakerName: string; boothId: string | null },
): Promise<StageSlot> {
  const row = await db
    .insertInto('stage_slots')
    .values({
      pavilion_id: pavilionId,
      starts_at: slot.startsAt,
      ends_at: slot.endsAt,
      title: slot.title,
      speaker_name: slot.speakerName,
      booth_id: slot.boothId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSlot(row);
}

export async function deleteSlot(db: Kysely<Database>, pavilionId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('stage_slots')
    .where('id', '=', id)
    .where('pavilion_id', '=', pavilionId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether a slot on this stage is on now, counting the minutes a speaker may go live early. */
export async function hasLiveSlot(db: Kysely<Database>, pavilionId: string, earlyMinutes: number, now = new Date()) {
  const soon = new Date(now.getTime() + earlyMinutes * 60_000);
  const row = await db
    .selectFrom('stage_slots')
    .select('id')
    .where('pavilion_id', '=', pavilionId)
    .where('starts_at', '<=', soon)
    .where('ends_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addQuestion(
  db: Kysely<Database>,
  pavilionId: string,
  from: { id: string; name: string },
  text: string,
): Promise<void> {
  await db
    .insertInto('questions')
    .values({ pavilion_id: pavilionId, from_id: from.id, name: from.name, text })
    .execute();
}

/** One vote per person and question; voting again takes the vote back. */
export async function toggleVote(db: Kysely<Database>, pavilionId: string, questionId: string, userId: string) {
  return db.transaction().execute(async (tx) => {
    const question = await tx
      .selectFrom('questions')
      .select(['id', 'from_id'])
      .where('id', '=', questionId)
      .where('pavilion_id', '=', pavilionId)
      .executeTakeFirst();
    if (!question || question.from_id === userId) return false;
    const removed = await tx
      .deleteFrom('question_votes')
      .where('question_id', '=', questionId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) {
      await tx.insertInto('question_votes').values({ question_id: questionId, user_id: userId }).execute();
    }
    return true;
  });
}

export async function markAnswered(db: Kysely<Database>, pavilionId: string, questionId: string): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({ answered: true })
    .where('id', '=', questionId)
    .where('pavilion_id', '=', pavilionId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A question as stored: with who voted for it, before it is shown to a particular viewer. */
export type StoredQuestion = Omit<Question, 'votedByMe'> & { voters: string[] };

/** The stage's questions, unanswered and best voted first, with who voted for each. */
export async function listQuestions(
  db: Kysely<Database>,
  pavilionId: string,
  limit: number,
): Promise<StoredQuestion[]> {
  const rows = await db
    .selectFrom('questions as q')
    .leftJoin('question_votes as v', 'v.question_id', 'q.id')
    .select([
      'q.id',
      'q.from_id',
      'q.name',
      'q.text',
      'q.answered',
      'q.created_at',
      sql<string[]>`coalesce(array_agg(v.user_id::text) filter (where v.user_id is not null), '{}')`.as('voters'),
    ])
    .where('q.pavilion_id', '=', pavilionId)
    .groupBy('q.id')
    .orderBy('q.answered')
    .orderBy(sql`count(v.user_id)`, 'desc')
    .orderBy('q.created_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fromId: row.from_id,
    name: row.name,
    text: row.text,
    votes: row.voters.length,
    voters: row.voters,
    answered: row.answered,
    at: new Date(row.created_at).toISOString(),
  }));
}
