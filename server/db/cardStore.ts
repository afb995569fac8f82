import type { Kysely } from 'kysely';
import { BusinessCard, type CardPlace, type CollectedCard } from '../../shared/cards.ts';
import type { Database } from './schema.ts';

export interface StoredExchange {
  id: string;
  exchangedAt: string;
}

/** Keeps one exchange with both cards as they are now; both people will find the other's card in their list. */
export async function saveExchange(
  db: Kysely<Database>,
  a: BusinessCard,
  b: BusinessCard,
  place: CardPlace,
): Promise<StoredExchange> {
  const row = await db
    .insertInto('card_exchanges')
    .values({ a_id: a.userId, b_id: b.userId, a_card: JSON.stringify(a), b_card: JSON.stringify(b), place })
    .returning(['id', 'exchanged_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, exchangedAt: new Date(row.exchanged_at).toISOString() };
}

/**
 * The cards a person was given, newest first. Two people who exchange again (say, after one of
 * them changed their card) keep only their latest card of each other.
 */
export async function collectedCards(db: Kysely<Database>, userId: string): Promise<CollectedCard[]> {
  const rows = await db
    .selectFrom('card_exchanges')
    .select(['id', 'a_id', 'a_card', 'b_card', 'place', 'exchanged_at'])
    .where((eb) => eb.or([eb('a_id', '=', userId), eb('b_id', '=', userId)]))
    .orderBy('exchanged_at', 'desc')
    .orderBy('id')
    .execute();
  const seen = new Set<string>();
  const cards: CollectedCard[] = [];
  for (const row of rows) {
    // The stored snapshot is read back through its schema, so an old row cannot smuggle anything else out.
    const card = BusinessCard.parse(row.a_id === userId ? row.b_card : row.a_card);
    if (seen.has(card.userId)) continue;
    seen.add(card.userId);
    cards.push({
      exchangeId: row.id,
      card,
      exchangedAt: new Date(row.exchanged_at).toISOString(),
      place: row.place as CardPlace,
    });
  }
  return cards;
}
