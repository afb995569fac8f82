import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, pickLanguage, type Lang } from '../../shared/languages.ts';

const STORAGE_KEY = 'tm.lang';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true });
const resources = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [
    path.replace(/^.*\/(\w+)\.json$/, '$1'),
    { translation: module.default },
  ]),
);

/** The remembered language, else the browser's first supported one. */
export function initialLanguage(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  return pickLanguage(saved ? [saved] : navigator.languages);
}

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

/** Switches the interface live and remembers the choice. */
export function setLanguage(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}
