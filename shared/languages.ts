import { z } from 'zod';

/** The nine interface languages; `uz` is Uzbek in Latin script. */
export const LANGUAGES = ['en', 'ru', 'tr', 'kk', 'az', 'uz', 'ky', 'tk', 'hu'] as const;

export const Lang = z.enum(LANGUAGES);
export type Lang = z.infer<typeof Lang>;

export const DEFAULT_LANG: Lang = 'en';

/** Each language's name written in itself, as shown in language pickers. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  tr: 'Türkçe',
  kk: 'Қазақша',
  az: 'Azərbaycanca',
  uz: 'Oʻzbekcha',
  ky: 'Кыргызча',
  tk: 'Türkmençe',
  hu: 'Magyar',
};

/** Text in several languages; English is always present and is the fallback. */
export const LocalizedText = z.object({ en: z.string().min(1) }).and(z.partialRecord(Lang, z.string().min(1)));
export type LocalizedText = z.infer<typeof LocalizedText>;

export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** Picks the first supported language from a list such as `navigator.languages`. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return DEFAULT_LANG;
}
