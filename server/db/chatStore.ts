import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import type { ChatMessage } from '../../shared/chat.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Role } from '../../shared/roles.ts';
import type { Database } from './schema.ts';

export async function saveChatMessage(
  db: Kysely<Database>,
  room: string,
  from: SessionUser,
  text: string,
): Promise<ChatMessage> {
  const row = await db
    .insertInto('chat_messages')
    .values({ room, from_id: from.id, name: from.name, country: from.country, role: from.role, text })
    .returning(['id', 'at'])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    fromId: from.id,
    name: from.name,
    country: from.country,
    role: from.role,
    text,
    at: new Date(row.at).toISOString(),
  };
}

/** The last `limit` messages of a room, oldest first. */
export async function recentChat(db: Kysely<Database>, room: string, limit: number): Promise<ChatMessage[]> {
  const rows = await db
    .selectFrom('chat_messages')
    .selectAll()
    .where('room', '=', room)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map((row) => ({
    id: row.id,
    fromId: row.from_id,
    name: row.name,
    country: row.country as CountryId,
    role: row.role as Role,
    text: row.text,
    at: new Date(row.at).toISOString(),
  }));
}
