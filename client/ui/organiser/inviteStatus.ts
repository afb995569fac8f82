import type { InviteSummary } from '../../../shared/invites.ts';

export type InviteStatus = 'active' | 'expired' | 'usedUp' | 'revoked';

/** Whether a link still lets people in, and if not, why: revocation first, then expiry, then its uses. */
export function inviteStatus(invite: InviteSummary, now: number): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt && Date.parse(invite.expiresAt) <= now) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'usedUp';
  return 'active';
}
