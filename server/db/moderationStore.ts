import type { Kysely, Selectable } from 'kysely';
import type { ModerationAction, ModerationRecord } from '../../shared/moderation.ts';
import type { Database, ModerationActionsTable, RestrictionsTable } from './schema.ts';

export type Restriction = Selectable<RestrictionsTable>;

export interface ModerationEntry {
  action: ModerationAction;
  userId: string;
  userName: string;
  byId: string;
  byName: string;
  reason: string;
  until: Date | null;
  /** The invitation the person came in with; a ban revokes it. */
  inviteId: string | null;
}

export function toRecord(row: Selectable<ModerationActionsTable>): ModerationRecord {
  return {
    id: row.id,
    action: row.action as ModerationAction,
    userId: row.user_id,
    userName: row.user_name,
    byId: row.by_id,
    byName: row.by_name,
    reason: row.reason,
    until: row.until === null ? null : new Date(row.until).toISOString(),
    at: new Date(row.at).toISOString(),
  };
}

/** Mutes and bans in force (a mute past its end is left for the reader to ignore). */
export async function loadRestrictions(db: Kysely<Database>): Promise<Restriction[]> {
  return db.selectFrom('restrictions').selectAll().execute();
}

/** Logs the action and changes what is in force, in one transaction: there is no unlogged ban. */
export async function recordModeration(db: Kysely<Database>, entry: ModerationEntry): Promise<ModerationRecord> {
  // Inside the caller's transaction when given one (acting on a report), else in its own.
  const inTransaction = <T>(work: (tx: Kysely<Database>) => Promise<T>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  return inTransaction(async (tx) => {
    const logged = await tx
      .insertInto('moderation_actions')
      .values({
        action: entry.action,
        user_id: entry.userId,
        user_name: entry.userName,
        by_id: entry.byId,
        by_name: entry.byName,
        reason: entry.reason,
        until: entry.until,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const restrict = async (kind: 'mute' | 'ban') => {
      await tx
        .insertInto('restrictions')
        .values({ user_id: entry.userId, kind, until: entry.until, reason: entry.reason })
        .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ until: entry.until, reason: entry.reason }))
        .execute();
    };
    const lift = async (kind: 'mute' | 'ban') => {
      await tx.deleteFrom('restrictions').where('user_id', '=', entry.userId).where('kind', '=', kind).execute();
    };
    switch (entry.action) {
      case 'mute':
        await restrict('mute');
        break;
      case 'unmute':
        await lift('mute');
        break;
      case 'ban':
        await restrict('ban');
        if (entry.inviteId) {
          await tx
            .updateTable('invites')
            .set({ revoked_at: new Date() })
            .where('id', '=', entry.inviteId)
            .where('revoked_at', 'is', null)
            .execute();
        }
        break;
      case 'unban':
        await lift('ban');
        break;
      case 'remove':
        break;
    }
    return toRecord(logged);
  });
}

export async function listModeration(db: Kysely<Database>, limit = 500): Promise<ModerationRecord[]> {
  const rows = await db.selectFrom('moderation_actions').selectAll().orderBy('at', 'desc').limit(limit).execute();
  return rows.map(toRecord);
}
