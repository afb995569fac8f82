import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../../shared/languages.ts';
import { languageName } from '../organiser/languageName.ts';

/** The languages to interpret the meeting into: any of the expo's nine. */
export function LanguageChecks({ value, onChange }: { value: Lang[]; onChange(langs: Lang[]): void }) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const toggle = (lang: Lang, on: boolean) =>
    onChange(on ? LANGUAGES.filter((l) => l === lang || value.includes(l)) : value.filter((l) => l !== lang));
  return (
    <fieldset className="field mtg-langs" aria-describedby="mtg-langs-hint">
      <legend>{t('meetings.form.languages')}</legend>
      <p id="mtg-langs-hint" className="hint org-legend-hint">
        {t('meetings.form.languagesHint')}
      </p>
      <div className="mtg-lang-grid">
        {LANGUAGES.map((lang) => (
          <label key={lang} className={value.includes(lang) ? 'choice-card mtg-lang selected' : 'choice-card mtg-lang'}>
            <input type="checkbox" checked={value.includes(lang)} onChange={(e) => toggle(lang, e.target.checked)} />
            <span className="mtg-check" aria-hidden="true" />
            {languageName(lang, uiLang)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
