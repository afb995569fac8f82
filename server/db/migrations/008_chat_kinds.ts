import type { Kysely } from 'kysely';

/**
 * Chat gets kinds: room-wide (every message so far), nearby, and direct to one person (with
 * their name, so the sender's side of a conversation reads right later). Organisers delete
 * messages softly: the row stays, with who deleted it and when, and is no longer shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('chat_messages')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('room'))
    .addColumn('to_id', 'uuid')
    .addColumn('to_name', 'text')
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('deleted_by', 'uuid')
    .execute();
  await db.schema.createIndex('chat_messages_to').on('chat_messages').columns(['to_id', 'at']).execute();
  await db.schema.createIndex('chat_messages_from').on('chat_messages').columns(['from_id', 'at']).execute();
}
