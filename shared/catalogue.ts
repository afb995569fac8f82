import { z } from 'zod';
import { CountryId } from './countries.ts';
import { LocalizedText } from './languages.ts';

/** The architectural families the pavilions are built in; each draws a different building. */
export const PAVILION_STYLES = ['yurt', 'iwan', 'kumbet', 'organic'] as const;
export const PavilionStyle = z.enum(PAVILION_STYLES);
export type PavilionStyle = z.infer<typeof PavilionStyle>;

const HexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #1a2b3c');

export const Pavilion = z.object({
  id: CountryId,
  country: CountryId,
  observer: z.boolean(),
  name: LocalizedText,
  tagline: LocalizedText,
  style: PavilionStyle,
  colors: z.object({ primary: HexColor, secondary: HexColor, accent: HexColor }),
});
export type Pavilion = z.infer<typeof Pavilion>;

export const ExpoEvent = z.object({
  id: z.string().min(1),
  name: LocalizedText,
  subtitle: LocalizedText,
});
export type ExpoEvent = z.infer<typeof ExpoEvent>;

export const Catalogue = z.object({
  event: ExpoEvent,
  pavilions: z
    .array(Pavilion)
    .min(1)
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'pavilion ids must be unique'),
});
export type Catalogue = z.infer<typeof Catalogue>;
