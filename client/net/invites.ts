import { z } from 'zod';
import { InviteCreated, InviteList, InviteSummary, type InviteRequest } from '../../shared/invites.ts';
import { ModerationLog, type ModerationRecord } from '../../shared/moderation.ts';
import { request } from './api.ts';

/** Organisers' calls: invitation links (made, listed, revoked) and the moderation log. */

export function createInvite(body: InviteRequest): Promise<InviteCreated> {
  return request(InviteCreated, '/api/invites', { method: 'POST', body: JSON.stringify(body) });
}

/** Newest first. */
export async function fetchInvites(): Promise<InviteSummary[]> {
  return (await request(InviteList, '/api/invites')).invites;
}

const InviteAnswer = z.object({ invite: InviteSummary });

export async function revokeInvite(id: string): Promise<InviteSummary> {
  return (await request(InviteAnswer, `/api/invites/${encodeURIComponent(id)}`, { method: 'DELETE' })).invite;
}

/** Newest first. */
export async function fetchModerationLog(): Promise<ModerationRecord[]> {
  return (await request(ModerationLog, '/api/moderation')).actions;
}
