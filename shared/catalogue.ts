import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Booth, BoothSeed } from './booths.ts';
import { LocalizedText } from './languages.ts';

/** The architectural families the pavilions are built in; each draws a different building. */
export const PAVILION_STYLES = ['yurt', 'iwan', 'kumbet', 'organic'] as const;
export const PavilionStyle = z.enum(PAVILION_STYLES);
export type PavilionStyle = z.infer<typeof PavilionStyle>;

const HexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #1a2b3c');

const PavilionFields = z.object({
  id: CountryId,
  country: CountryId,
  observer: z.boolean(),
  name: LocalizedText,
  tagline: LocalizedText,
  style: PavilionStyle,
  colors: z.object({ primary: HexColor, secondary: HexColor, accent: HexColor }),
});

/** A pavilion as the catalogue serves it, booths in their order along the walls. */
export const Pavilion = PavilionFields.extend({ booths: z.array(Booth) });
export type Pavilion = z.infer<typeof Pavilion>;

export const ExpoEvent = z.object({
  id: z.string().min(1),
  name: LocalizedText,
  subtitle: LocalizedText,
});
export type ExpoEvent = z.infer<typeof ExpoEvent>;

const uniqueIds = (list: { id: string }[]) => new Set(list.map((p) => p.id)).size === list.length;

export const Catalogue = z.object({
  event: ExpoEvent,
  pavilions: z.array(Pavilion).min(1).refine(uniqueIds, 'pavilion ids must be unique'),
});
export type Catalogue = z.infer<typeof Catalogue>;

/** The seed file in assets/: the same shape, before any exhibitor has uploaded anything. */
export const CatalogueSeed = z.object({
  event: ExpoEvent,
  pavilions: z
    .array(PavilionFields.extend({ booths: z.array(BoothSeed).min(1) }))
    .min(1)
    .refine(uniqueIds, 'pavilion ids must be unique')
    .refine((list) => uniqueIds(list.flatMap((p) => p.booths)), 'booth ids must be unique'),
});
export type CatalogueSeed = z.infer<typeof CatalogueSeed>;
