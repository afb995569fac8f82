import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pavilion } from '../../../../shared/catalogue.ts';
import { SETUP_LIMITS } from '../../../../shared/eventSetup.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../../../shared/languages.ts';
import { failureText } from '../../../i18n/failureText.ts';
import { savePavilion } from '../../../net/eventSetup.ts';
import { checkPavilionDraft, pavilionDraft, type PavilionDraft } from './pavilionDraft.ts';

const COLOUR_KEYS = ['primary', 'secondary', 'accent'] as const;

export interface PavilionEditorProps {
  pavilion: Pavilion;
  title: string;
  onDone(saved: boolean): void;
}

/** A pavilion's name and tagline in each language (English required) and its three colours. */
export function PavilionEditor({ pavilion, title, onDone }: PavilionEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PavilionDraft>(() => pavilionDraft(pavilion));
  const [lang, setLang] = useState<Lang>('en');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const prefix = `edit-pavilion-${pavilion.id}`;

  useEffect(() => heading.current?.focus(), []);

  const setText = (field: 'name' | 'tagline', value: string) =>
    setDraft((d) => ({ ...d, [field]: { ...d[field], [lang]: value } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkPavilionDraft(draft);
    if (!check.ok) {
      setProblem(t(check.key, check.values));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await savePavilion(pavilion.id, check.edit);
      onDone(true);
    } catch (error) {
      setProblem(failureText(t, error, 'setup.editor.refused'));
      setBusy(false);
    }
  }

  return (
    <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h4>
      <div className="field setup-lang">
        <label htmlFor={`${prefix}-lang`}>{t('setup.editor.language')}</label>
        <select id={`${prefix}-lang`} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="setup-form-row">
        <div className="field">
          <label htmlFor={`${prefix}-name`}>
            {t('setup.editor.name')} <span className="exh-label-lang">· {LANGUAGE_NAMES[lang]}</span>
          </label>
          <input
            id={`${prefix}-name`}
            lang={lang}
            value={draft.name[lang]}
            maxLength={SETUP_LIMITS.pavilionName}
            placeholder={lang === 'en' ? undefined : draft.name.en}
            aria-required={lang === 'en' ? true : undefined}
            onChange={(e) => setText('name', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-tagline`}>
            {t('setup.editor.tagline')} <span className="exh-label-lang">· {LANGUAGE_NAMES[lang]}</span>
          </label>
          <input
            id={`${prefix}-tagline`}
            lang={lang}
            value={draft.tagline[lang]}
            maxLength={SETUP_LIMITS.pavilionTagline}
            placeholder={lang === 'en' ? undefined : draft.tagline.en}
            aria-required={lang === 'en' ? true : undefined}
            onChange={(e) => setText('tagline', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="setup-colours">
        <legend>{t('setup.editor.colours')}</legend>
        {COLOUR_KEYS.map((key) => (
          <label key={key} className="setup-colour">
            <input
              type="color"
              value={draft.colors[key]}
              onChange={(e) => setDraft((d) => ({ ...d, colors: { ...d.colors, [key]: e.target.value } }))}
            />
            <span>{t(`setup.editor.${key}`)}</span>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="setup-form-actions">
        <button type="submit" className="primary small" disabled={busy}>
          {busy ? t('setup.editor.saving') : t('setup.editor.save')}
        </button>
        <button type="button" className="ghost small" onClick={() => onDone(false)} disabled={busy}>
          {t('setup.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
