import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, Lang } from '../../shared/languages.ts';
import { setLanguage } from '../i18n/i18n.ts';

/** Switches the interface language live. */
export function LanguagePicker({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [failed, setFailed] = useState(false);
  return (
    <div className={compact ? 'language-picker compact' : 'field language-picker'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('landing.languageLabel')}
      </label>
      <select
        id={id}
        value={i18n.resolvedLanguage}
        onChange={(e) => {
          const lang = Lang.safeParse(e.target.value);
          if (!lang.success) return;
          setFailed(false);
          // The old language stays (the select shows it again) when the new one cannot be fetched.
          setLanguage(lang.data).catch(() => setFailed(true));
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
      {failed && (
        <p className="field-error" role="alert">
          {t('errors.network')}
        </p>
      )}
    </div>
  );
}
