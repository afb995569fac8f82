import type { Kysely, Selectable } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import type { ChatKind, ChatMessage } from '../../shared/chat.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Role } from '../../shared/roles.ts';
import type { ChatMessagesTable, Database } from './schema.ts';

export interface NewChatMessage {
  /** The channel the sender was in (a direct message keeps it too, for the record). */
  room: string;
  kind: ChatKind;
  text: string;
  to?: { id: string; name: string };
}

function toMessage(row: Selectable<ChatMessagesTable>): ChatMessage {
  return {
    id: row.id,
    fromId: row.from_id,
    name: row.name,
    country: row.country as CountryId,
    role: row.role as Role,
    text: row.text,
    at: new Date(row.at).toISOString(),
    kind: row.kind as ChatKind,
    ...(row.to_id ? { to: { id: row.to_id, name: row.to_name ?? '' } } : {}),
  };
}

export async function saveChatMessage(
  db: Kysely<Database>,
  from: SessionUser,
  message: NewChatMessage,
): Promise<ChatMessage> {
  const row = await db
    .insertInto('chat_messages')
    .values({
      room: message.room,
      kind: message.kind,
      from_id: from.id,
      name: from.name,
      country: from.country,
      role: from.role,
      text: message.text,
      to_id: message.to?.id ?? null,
      to_name: message.to?.name ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMessage(row);
}

/** The last `limit` room-wide messages of a channel that are not deleted, oldest first. */
export async function recentChat(db: Kysely<Database>, room: string, limit: number): Promise<ChatMessage[]> {
  const rows = await db
    .selectFrom('chat_messages')
    .selectAll()
    .where('room', '=', room)
    .where('kind', '=', 'room')
    .where('deleted_at', 'is', null)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map(toMessage);
}

/** The last `limit` direct messages a person sent or received that are not deleted, oldest first. */
export async function recentDirect(db: Kysely<Database>, userId: string, limit: number): Promise<ChatMessage[]> {
  const rows = await db
    .selectFrom('chat_messages')
    .selectAll()
    .where('kind', '=', 'direct')
    .where((eb) => eb.or([eb('from_id', '=', userId), eb('to_id', '=', userId)]))
    .where('deleted_at', 'is', null)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map(toMessage);
}

/** Marks a message deleted by `byId`; undefined when there is no such message or it is deleted already. */
export async function deleteChatMessage(db: Kysely<Database>, id: string, byId: string) {
  return db
    .updateTable('chat_messages')
    .set({ deleted_at: new Date(), deleted_by: byId })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(['id', 'kind', 'room', 'from_id', 'to_id'])
    .executeTakeFirst();
}
