import { z } from 'zod';
import { CountryId } from './countries.ts';
import { LocalizedText } from './languages.ts';

/** Booth ids are stable slugs used in URLs, seed data and invites. */
export const BoothId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
  .min(2)
  .max(60);
export type BoothId = z.infer<typeof BoothId>;

/** Only web links: no javascript:, data: or file: URLs ever reach a visitor's click. */
export const WebUrl = z.url({ protocol: /^https?$/, message: 'an http(s) address' }).max(500);

export const BOOTH_KINDS = ['technopark', 'hub', 'startup'] as const;
export const BoothKind = z.enum(BOOTH_KINDS);
export type BoothKind = z.infer<typeof BoothKind>;

const ShortText = (max: number) =>
  LocalizedText.refine((t) => Object.values(t).every((v) => v.length <= max), {
    message: `at most ${max} characters in each language`,
  });

export const TeamMember = z.object({ name: z.string().trim().min(1).max(80), role: ShortText(80) });
export type TeamMember = z.infer<typeof TeamMember>;

export const BoothLink = z.object({ label: z.string().trim().min(1).max(60), url: WebUrl });
export type BoothLink = z.infer<typeof BoothLink>;

/** Everything an exhibitor writes about their booth; English is required, other languages fall back to it. */
export const BoothContent = z.object({
  name: ShortText(80),
  tagline: ShortText(140),
  description: ShortText(2000),
  team: z.array(TeamMember).max(12),
  links: z.array(BoothLink).max(8),
  videoUrl: WebUrl.nullable(),
});
export type BoothContent = z.infer<typeof BoothContent>;

/** A booth as the seed file states it. */
export const BoothSeed = z.object({
  id: BoothId,
  kind: BoothKind,
  /** Invented startups shown so the expo is not empty; always labelled as sample data. */
  sample: z.boolean(),
  content: BoothContent,
});
export type BoothSeed = z.infer<typeof BoothSeed>;

/** A booth as the catalogue serves it: the seed plus uploaded files. */
export const Booth = BoothSeed.extend({
  pavilionId: CountryId,
  logoUrl: z.string().nullable(),
  brochureUrl: z.string().nullable(),
});
export type Booth = z.infer<typeof Booth>;
