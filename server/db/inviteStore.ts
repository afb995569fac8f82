import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/roles.ts';
import type { Database } from './schema.ts';

/** Only a hash is stored: a copy of the database does not hand out working invitations. */
function hash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export interface InviteGrant {
  role: Role;
  boothId: string | null;
}

export async function createInvite(db: Kysely<Database>, grant: InviteGrant, note = ''): Promise<string> {
  const code = randomBytes(18).toString('base64url');
  await db
    .insertInto('invites')
    .values({ code_hash: hash(code), role: grant.role, booth_id: grant.boothId, note })
    .execute();
  return code;
}

export async function findInvite(db: Kysely<Database>, code: string): Promise<InviteGrant | undefined> {
  const row = await db
    .selectFrom('invites')
    .select(['role', 'booth_id'])
    .where('code_hash', '=', hash(code))
    .executeTakeFirst();
  return row ? { role: row.role as Role, boothId: row.booth_id } : undefined;
}
