import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Lang } from '../../../shared/languages.ts';
import type { FieldError } from './contentErrors.ts';
import type { TextDraft } from './contentDraft.ts';
import { FieldErrorMessage } from './FieldErrorMessage.tsx';
import { formatNumber } from './formatters.ts';

export interface LocalizedFieldProps {
  id: string;
  label: string;
  lang: Lang;
  draft: TextDraft;
  max: number;
  multiline?: boolean;
  /** Shown under the field, e.g. what the text is for. */
  hint?: string;
  error?: FieldError | undefined;
  onChange(lang: Lang, value: string): void;
}

/**
 * One text in the language being edited. Other languages show the English text as a placeholder, since that is
 * what their visitors see while the field is empty.
 */
export function LocalizedField({ id, label, lang, draft, max, multiline, hint, error, onChange }: LocalizedFieldProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const value = draft[lang];
  const placeholder =
    lang !== 'en' && draft.en.trim() ? t('exhibitor.editor.fallback', { text: draft.en.trim() }) : undefined;
  const used = value.trim().length;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    lang,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': lang === 'en' ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="exh-label-lang">· {LANGUAGE_NAMES[lang]}</span>
        {lang === 'en' && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={6} onChange={(e) => onChange(lang, e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(lang, e.target.value)} />
      )}
      <p id={`${id}-hint`} className="hint exh-hint-row">
        <span>
          {hint ?? (lang === 'en' ? t('exhibitor.editor.englishHint') : t('exhibitor.editor.translationHint'))}
        </span>
        <span className={used > max ? 'exh-count over' : 'exh-count'}>
          {t('exhibitor.editor.charCount', { used: formatNumber(uiLang, used), max: formatNumber(uiLang, max) })}
        </span>
      </p>
      <FieldErrorMessage id={`${id}-error`} error={error} />
    </div>
  );
}
