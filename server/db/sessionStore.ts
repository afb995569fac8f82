import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import type { Database } from './schema.ts';

/** Every session started, with the invitation behind it, so a ban can also close that door. */
export async function recordSession(db: Kysely<Database>, user: SessionUser, inviteId: string | null): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      user_id: user.id,
      invite_id: inviteId,
      name: user.name,
      country: user.country,
      role: user.role,
      scope: user.boothId ?? user.scope,
    })
    .execute();
}

export async function findSession(db: Kysely<Database>, userId: string) {
  return db.selectFrom('sessions').selectAll().where('user_id', '=', userId).executeTakeFirst();
}
