import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Lang } from './languages.ts';
import { Role } from './roles.ts';

/** A moment in time as ISO 8601 with its offset, e.g. 2026-12-01T10:00:00Z. */
export const Instant = z.iso.datetime({ offset: true });

/** Names are shown to everyone, so control characters and surrounding spaces are not allowed. */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'enter a name')
  .max(40, 'use at most 40 characters')
  .refine((s) => !/\p{Cc}/u.test(s), 'control characters are not allowed');

/** An invitation code from a link such as /?invite=CODE. */
export const InviteCode = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not an invitation code');

export const SessionRequest = z.object({
  name: DisplayName,
  country: CountryId,
  lang: Lang,
  invite: InviteCode.optional(),
});
export type SessionRequest = z.infer<typeof SessionRequest>;

export const SessionUser = z.object({
  id: z.string(),
  name: z.string(),
  country: CountryId,
  lang: Lang,
  role: Role,
  /** The booth an exhibitor staffs; null for everyone else. */
  boothId: z.string().nullable().default(null),
  /** What the role is bound to besides a booth: a speaker's stage, a delegate's delegation, an interpreter's language. */
  scope: z.string().nullable().default(null),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ token: z.string(), user: SessionUser, expiresAt: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const Health = z.object({ ok: z.literal(true) });
