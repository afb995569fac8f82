import { z } from 'zod';
import { Booth, BoothContent, BoothId, BoothKind } from './booths.ts';
import { CountryId } from './countries.ts';
import { LocalizedText } from './languages.ts';

/** Organisers set up the event: a pavilion's texts and colours, and its booths. */

export const SETUP_LIMITS = { pavilionName: 80, pavilionTagline: 140 } as const;

const Bounded = (max: number) =>
  LocalizedText.refine((t) => Object.values(t).every((v) => v.trim().length > 0 && v.length <= max), {
    message: `1 to ${max} characters in each language`,
  });

const HexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #1a2b3c');

/** `PUT /api/pavilions/:id`: what an organiser may change of a pavilion (its building and place stay). */
export const PavilionEdit = z.object({
  name: Bounded(SETUP_LIMITS.pavilionName),
  tagline: Bounded(SETUP_LIMITS.pavilionTagline),
  colors: z.object({ primary: HexColor, secondary: HexColor, accent: HexColor }),
});
export type PavilionEdit = z.infer<typeof PavilionEdit>;

/** `POST /api/booths`: a new booth at the end of its pavilion's ring; its id comes from its name when not given. */
export const BoothCreate = z.object({
  pavilionId: CountryId,
  id: BoothId.optional(),
  kind: BoothKind,
  content: BoothContent,
});
export type BoothCreate = z.infer<typeof BoothCreate>;

/** `PATCH /api/booths/:id`: its kind, or its place in its pavilion's order (0 is first after the door). */
export const BoothUpdate = z
  .object({ kind: BoothKind.optional(), position: z.number().int().min(0).max(100).optional() })
  .refine((u) => u.kind !== undefined || u.position !== undefined, 'give a kind or a position');
export type BoothUpdate = z.infer<typeof BoothUpdate>;

export const BoothAnswer = z.object({ booth: Booth });
export type BoothAnswer = z.infer<typeof BoothAnswer>;

export const BoothDeleted = z.object({ deleted: BoothId, revokedInvites: z.number().int() });
export type BoothDeleted = z.infer<typeof BoothDeleted>;

/**
 * A booth id from its name: lowercase Latin letters and digits joined by single hyphens, accents
 * dropped ("Türk Telekom İnovasyon" → "turk-telekom-inovasyon"). Empty when nothing Latin is left.
 */
export function slugify(name: string): string {
  return name
    .replace(/ı/g, 'i')
    .replace(/ə/gi, 'a')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/g, '');
}

/**
 * The first free id for a booth called `name` in `pavilionId`: its slug, then slug-2, slug-3…; a
 * name with nothing Latin in it takes the pavilion's id ("kz-booth", "kz-booth-2").
 */
export function freeBoothId(name: string, pavilionId: string, taken: ReadonlySet<string>): string {
  let base = slugify(name);
  if (base.length < 2) base = `${pavilionId}-booth`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Names compared as people read them: case, accents and spacing do not make two booths different. */
export function sameNameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
