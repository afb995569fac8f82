import type { Kysely, Selectable } from 'kysely';
import { EMPTY_PROFILE, type Profile, type ProfilePatch } from '../../shared/profile.ts';
import type { Database, ProfilesTable } from './schema.ts';

function toProfile(row: Selectable<ProfilesTable>): Profile {
  return {
    organisation: row.organisation,
    title: row.title,
    email: row.email,
    phone: row.phone,
    website: row.website,
    findable: row.findable,
  };
}

/** A person's profile; someone who never filled theirs in has the empty one. */
export async function loadProfile(db: Kysely<Database>, userId: string): Promise<Profile> {
  const row = await db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row ? toProfile(row) : { ...EMPTY_PROFILE };
}

/** The profiles of several people at once, for listings; people without one are left out. */
export async function profilesOf(db: Kysely<Database>, userIds: readonly string[]): Promise<Map<string, Profile>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('profiles').selectAll().where('user_id', 'in', userIds).execute();
  return new Map(rows.map((row) => [row.user_id, toProfile(row)]));
}

/** Changes the given fields, creating the profile on first use; returns the whole profile. */
export async function saveProfile(db: Kysely<Database>, userId: string, patch: ProfilePatch): Promise<Profile> {
  const row = await db
    .insertInto('profiles')
    .values({ ...EMPTY_PROFILE, ...patch, user_id: userId })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...patch, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProfile(row);
}
