import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Invitable } from '../../shared/meetings.ts';
import type { Role } from '../../shared/roles.ts';
import { MeetingError } from '../meetings/meetingErrors.ts';
import type { Database } from './schema.ts';
import { refusal } from '../../shared/refusals.ts';

const INVITABLE_LIMIT = 50;
/** Roles whose holders act for a state or the organisation, once an invitation vouches for them. */
const OFFICIAL_ROLES: readonly string[] = ['delegate', 'organiser', 'interpreter'];

/** Whether a session makes its holder an official: an official role that came with an invitation. */
export function isVerifiedOfficial(session: { role: string; invite_id: string | null }): boolean {
  return OFFICIAL_ROLES.includes(session.role) && session.invite_id !== null;
}

/** A person as a meeting's list records them, with their name and country at the time of inviting. */
export interface ListedPerson {
  userId: string;
  name: string;
  country: CountryId;
  role: Role;
  verified: boolean;
}

/** Who may be invited: everyone who came in through an invitation (not visitors), found by name. */
export async function invitable(db: Kysely<Database>, query: string): Promise<Invitable[]> {
  let select = db
    .selectFrom('sessions')
    .select(['user_id', 'name', 'country', 'role'])
    .where('role', '<>', 'visitor')
    .orderBy('name')
    .orderBy('user_id')
    .limit(INVITABLE_LIMIT);
  if (query) select = select.where('name', 'ilike', `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await select.execute();
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    country: row.country as CountryId,
    role: row.role as Role,
  }));
}

/**
 * The host and the invitees as they are listed; an id that is nobody who may be invited is
 * refused by name, so the host can fix the list.
 */
export async function listedPeople(
  db: Kysely<Database>,
  host: SessionUser,
  inviteeIds: readonly string[],
): Promise<{ host: ListedPerson; invitees: ListedPerson[] }> {
  const ids = [host.id, ...inviteeIds];
  const rows = await db
    .selectFrom('sessions')
    .select(['user_id', 'name', 'country', 'role', 'invite_id'])
    .where('user_id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.user_id, row]));
  const person = (id: string): ListedPerson | undefined => {
    const row = byId.get(id);
    if (!row) return undefined;
    return {
      userId: row.user_id,
      name: row.name,
      country: row.country as CountryId,
      role: row.role as Role,
      verified: isVerifiedOfficial(row),
    };
  };
  const invitees = inviteeIds.map((id) => {
    const found = person(id);
    if (!found || found.role === 'visitor')
      throw new MeetingError('invalid', `invitees: nobody who can be invited has the id ${id}`, refusal('no_invitee'));
    return found;
  });
  // The token names the host as they are now; the session row adds whether an invitation vouched for them.
  const signedIn = { userId: host.id, name: host.name, country: host.country, role: host.role };
  return { host: { ...signedIn, verified: person(host.id)?.verified ?? false }, invitees };
}
