import { LANGUAGE_NAMES, type Lang } from '../../../shared/languages.ts';
import { localesFor } from '../../i18n/localesFor.ts';

/**
 * A language named in the interface language with its own name beside it, e.g. "Kazakh (Қазақша)";
 * its own name alone when the browser cannot name it, or when it is the interface language itself.
 */
export function languageName(lang: Lang, uiLang: string): string {
  const own = LANGUAGE_NAMES[lang];
  if (lang === uiLang) return own;
  try {
    const name = new Intl.DisplayNames(localesFor(uiLang), { type: 'language', fallback: 'none' }).of(lang);
    if (!name || name.toLocaleLowerCase(uiLang) === own.toLocaleLowerCase(uiLang)) return own;
    return `${name.charAt(0).toLocaleUpperCase(uiLang)}${name.slice(1)} (${own})`;
  } catch {
    return own;
  }
}
