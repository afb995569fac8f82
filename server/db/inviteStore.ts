import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { InviteSummary } from '../../shared/invites.ts';
import { grantScope, RoleGrant } from '../../shared/roles.ts';
import type { Database, InvitesTable } from './schema.ts';

/** Only a hash is stored: a copy of the database does not hand out working invitations. */
function hash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export interface InviteLimits {
  note?: string;
  expiresAt?: Date | null;
  /** How many sessions the link may start; unlimited when absent. */
  maxUses?: number | null;
}

/** The grant a stored invitation row stands for, rebuilt from its role and scope. */
function grantOf(row: Selectable<InvitesTable>): RoleGrant {
  const scope = row.scope ?? row.booth_id;
  const grant = RoleGrant.safeParse({
    role: row.role,
    boothId: scope,
    stage: scope,
    delegation: scope,
    lang: scope,
  });
  // Rows are written only through createInvite, so this holds unless someone edited the table by hand.
  if (!grant.success) throw new Error(`invitation ${row.id} has an unreadable grant`);
  return grant.data;
}

function toIso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

export function toSummary(row: Selectable<InvitesTable>): InviteSummary {
  return {
    id: row.id,
    role: row.role,
    scope: row.scope ?? row.booth_id,
    note: row.note,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: toIso(row.expires_at),
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: toIso(row.revoked_at),
  };
}

export async function createInvite(
  db: Kysely<Database>,
  grant: RoleGrant,
  limits: InviteLimits = {},
): Promise<{ code: string; invite: InviteSummary }> {
  const code = randomBytes(18).toString('base64url');
  const row = await db
    .insertInto('invites')
    .values({
      code_hash: hash(code),
      role: grant.role,
      booth_id: grant.role === 'exhibitor' ? grant.boothId : null,
      scope: grantScope(grant),
      note: limits.note ?? '',
      expires_at: limits.expiresAt ?? null,
      max_uses: limits.maxUses ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { code, invite: toSummary(row) };
}

export async function listInvites(db: Kysely<Database>): Promise<InviteSummary[]> {
  const rows = await db.selectFrom('invites').selectAll().orderBy('created_at', 'desc').limit(1000).execute();
  return rows.map(toSummary);
}

/** Stops a link from starting new sessions; sessions it already started are moderated person by person. */
export async function revokeInvite(db: Kysely<Database>, id: string): Promise<InviteSummary | undefined> {
  const row = await db
    .updateTable('invites')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toSummary(row);
}

export type Redemption =
  { ok: true; grant: RoleGrant; inviteId: string } | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'revoked' };

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
    if (row.revoked_at) return { ok: false, reason: 'revoked' };
    if (row.expires_at && new Date(row.expires_at) <= now) return { ok: false, reason: 'expired' };
    if (row.max_uses !== null && row.uses >= row.max_uses) return { ok: false, reason: 'used' };
    await tx
      .updateTable('invites')
      .set({ uses: row.uses + 1 })
      .where('code_hash', '=', row.code_hash)
      .execute();
    return { ok: true, grant: grantOf(row), inviteId: row.id };
  });
}
