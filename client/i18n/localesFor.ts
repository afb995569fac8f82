/**
 * The locales to hand Intl for an interface language. Browsers ship uneven data for the Turkic
 * languages; Kyrgyz and Turkmen fall back to Russian (the regional second language) rather than
 * to US English with AM/PM.
 */
const FALLBACK: Partial<Record<string, string>> = { ky: 'ru', tk: 'ru' };

export function localesFor(lang: string): string[] {
  const fallback = FALLBACK[lang];
  return fallback ? [lang, fallback] : [lang];
}
