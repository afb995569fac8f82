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

export interface InviteLimits {
  note?: string;
  expiresAt?: Date | null;
  /** How many sessions the link may start; unlimited when absent. */
  maxUses?: number | null;
}

export async function createInvite(
  db: Kysely<Database>,
  grant: InviteGrant,
  limits: InviteLimits = {},
): Promise<string> {
  const code = randomBytes(18).toString('base64url');
  await db
    .insertInto('invites')
    .values({
      code_hash: hash(code),
      role: grant.role,
      booth_id: grant.boothId,
      note: limits.note ?? '',
      expires_at: limits.expiresAt ?? null,
      max_uses: limits.maxUses ?? null,
    })
    .execute();
  return code;
}

export type Redemption = { ok: true; grant: InviteGrant } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

/** Uses an invitation once, counting the use in the same transaction that checks the limit. */
export async function redeemInvite(db: Kysely<Database>, code: string, now = new Date()): Promise<Redemption> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('invites')
      .selectAll()
      .where('code_hash', '=', hash(code))
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.expires_at && new Date(row.expires_at) <= now) return { ok: false, reason: 'expired' };
    if (row.max_uses !== null && row.uses >= row.max_uses) return { ok: false, reason: 'used' };
    await tx
      .updateTable('invites')
      .set({ uses: row.uses + 1 })
      .where('code_hash', '=', row.code_hash)
      .execute();
    return { ok: true, grant: { role: row.role as Role, boothId: row.booth_id } };
  });
}
