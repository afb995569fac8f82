import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, pickLanguage, type Lang } from '../../shared/languages.ts';

const STORAGE_KEY = 'tm.lang';
const FALLBACK: Lang = 'en';

/**
 * Each language is its own small chunk (`locale-xx`), fetched when it is needed: a visitor
 * downloads their language and English (the fallback for anything missing), never all nine.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json');
const loaders = new Map(
  Object.entries(files).map(([path, load]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), load] as const),
);

/** Adds a language's strings to i18next unless they are already there. */
async function loadLocale(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const load = loaders.get(lang);
  if (!load) throw new Error(`no locale file for ${lang}`);
  i18next.addResourceBundle(lang, 'translation', (await load()).default, true, true);
}

/** The remembered language, else the browser's first supported one. */
export function initialLanguage(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  return pickLanguage(saved ? [saved] : navigator.languages);
}

/**
 * Resolves once the first language (and English) are loaded, so no key is ever shown untranslated.
 * A language whose file will not arrive gives way to English; only when English fails too does it
 * reject, and the page says so instead of spinning for ever.
 */
export async function initI18n(): Promise<void> {
  let lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    lng,
    fallbackLng: FALLBACK,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    // The bundles are added by hand below; i18next must not call the first render done before.
    partialBundledLanguages: true,
  });
  const [mine, fallback] = await Promise.allSettled([loadLocale(lng), loadLocale(FALLBACK)]);
  if (fallback.status === 'rejected') throw fallback.reason;
  if (mine.status === 'rejected') lng = FALLBACK;
  // Re-applies the language now that its strings are there, so i18next resolves it properly.
  await i18next.changeLanguage(lng);
  document.documentElement.lang = i18next.language;
}

/**
 * Switches the interface live, once the new language has arrived (the old one stays until then),
 * and remembers the choice only then: a language that failed to arrive must not break later visits.
 */
export async function setLanguage(lang: Lang): Promise<void> {
  await loadLocale(lang);
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}
