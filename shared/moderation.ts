import { z } from 'zod';

export const MODERATION_ACTIONS = ['mute', 'unmute', 'remove', 'ban', 'unban'] as const;
export const ModerationAction = z.enum(MODERATION_ACTIONS);
export type ModerationAction = z.infer<typeof ModerationAction>;

export const MODERATION_LIMITS = { reasonLength: 300, maxMuteMinutes: 24 * 60 } as const;

/** An organiser acts on a person, named by the user id their avatar carries. */
export const ModerationRequest = z.object({
  action: ModerationAction,
  userId: z.uuid(),
  reason: z.string().trim().max(MODERATION_LIMITS.reasonLength).default(''),
  /** How long a mute lasts; a mute without it lasts until lifted. */
  minutes: z.number().int().min(1).max(MODERATION_LIMITS.maxMuteMinutes).optional(),
});
export type ModerationRequest = z.input<typeof ModerationRequest>;

export const ModerationRecord = z.object({
  id: z.string(),
  action: ModerationAction,
  userId: z.string(),
  /** The person's name at the time, so the log reads without looking anyone up. */
  userName: z.string(),
  byId: z.string(),
  byName: z.string(),
  reason: z.string(),
  until: z.string().nullable(),
  at: z.string(),
});
export type ModerationRecord = z.infer<typeof ModerationRecord>;

export const ModerationLog = z.object({ actions: z.array(ModerationRecord) });
export type ModerationLog = z.infer<typeof ModerationLog>;
