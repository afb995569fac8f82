import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/languages.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { FieldErrorMessage } from '../exhibitor/FieldErrorMessage.tsx';
import { languageName } from './languageName.ts';

export interface LanguageSelectProps {
  value: string;
  onChange(lang: string): void;
  error: FieldError | undefined;
}

/** The language an interpreter works into: one of the expo's nine. */
export function LanguageSelect({ value, onChange, error }: LanguageSelectProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="field">
      <label htmlFor="invite-lang">{t('organiser.form.language')}</label>
      <select
        id="invite-lang"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'invite-lang-hint invite-lang-error' : 'invite-lang-hint'}
      >
        <option value="">{t('organiser.form.chooseLanguage')}</option>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {languageName(lang, uiLang)}
          </option>
        ))}
      </select>
      <p id="invite-lang-hint" className="hint">
        {t('organiser.form.languageHint')}
      </p>
      <FieldErrorMessage id="invite-lang-error" error={error} />
    </div>
  );
}
