import { z } from 'zod';
import { RoleGrant } from './roles.ts';

export const INVITE_LIMITS = { maxDays: 365, maxUses: 10_000, noteLength: 200 } as const;

/** An organiser asks for an invitation link. */
export const InviteRequest = z.object({
  grant: RoleGrant,
  note: z.string().trim().max(INVITE_LIMITS.noteLength).default(''),
  days: z.number().int().min(1).max(INVITE_LIMITS.maxDays).default(30),
  /** How many people may use the link; unlimited when absent. */
  maxUses: z.number().int().min(1).max(INVITE_LIMITS.maxUses).optional(),
});
export type InviteRequest = z.input<typeof InviteRequest>;

/** An invitation as organisers see it; the code itself is shown only once, when made. */
export const InviteSummary = z.object({
  id: z.string(),
  role: z.string(),
  /** The booth, stage, delegation or language the role is bound to. */
  scope: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  maxUses: z.number().nullable(),
  uses: z.number(),
  revokedAt: z.string().nullable(),
});
export type InviteSummary = z.infer<typeof InviteSummary>;

export const InviteList = z.object({ invites: z.array(InviteSummary) });
export type InviteList = z.infer<typeof InviteList>;

export const InviteCreated = z.object({ invite: InviteSummary, code: z.string(), url: z.string() });
export type InviteCreated = z.infer<typeof InviteCreated>;
