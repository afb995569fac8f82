import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOOTH_KINDS, type BoothKind } from '../../../../shared/booths.ts';
import type { CountryId } from '../../../../shared/countries.ts';
import { BoothCreate } from '../../../../shared/eventSetup.ts';
import { failureText } from '../../../i18n/failureText.ts';
import { createBooth } from '../../../net/eventSetup.ts';

export interface NewBoothFormProps {
  pavilionId: CountryId;
  title: string;
  onDone(createdName: string | null): void;
}

/** A booth at the end of the pavilion's ring: its English name, tagline and kind; its exhibitor writes the rest. */
export function NewBoothForm({ pavilionId, title, onDone }: NewBoothFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [tagline, setTagline] = useState('');
  const [kind, setKind] = useState<BoothKind>('startup');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const prefix = `new-booth-${pavilionId}`;

  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const en = { name: name.trim(), tagline: tagline.trim() };
    const request = BoothCreate.safeParse({
      pavilionId,
      kind,
      content: {
        name: { en: en.name },
        tagline: { en: en.tagline },
        description: { en: en.tagline },
        team: [],
        links: [],
        videoUrl: null,
      },
    });
    if (!request.success) {
      setProblem(t(en.name && en.tagline ? 'setup.newBooth.tooLong' : 'setup.newBooth.required'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await createBooth(request.data);
      onDone(en.name);
    } catch (error) {
      setProblem(failureText(t, error, 'setup.newBooth.refused'));
      setBusy(false);
    }
  }

  return (
    <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h4>
      <div className="setup-form-row">
        <div className="field">
          <label htmlFor={`${prefix}-name`}>{t('setup.newBooth.name')}</label>
          <input
            id={`${prefix}-name`}
            lang="en"
            value={name}
            maxLength={80}
            aria-required
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-kind`}>{t('setup.newBooth.kind')}</label>
          <select id={`${prefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value as BoothKind)}>
            {BOOTH_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`booth.kind_${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-tagline`}>{t('setup.newBooth.tagline')}</label>
        <input
          id={`${prefix}-tagline`}
          lang="en"
          value={tagline}
          maxLength={140}
          aria-required
          aria-describedby={`${prefix}-tagline-hint`}
          onChange={(e) => setTagline(e.target.value)}
        />
        <p id={`${prefix}-tagline-hint`} className="hint">
          {t('setup.newBooth.taglineHint')}
        </p>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="setup-form-actions">
        <button type="submit" className="primary small" disabled={busy}>
          {busy ? t('setup.newBooth.creating') : t('setup.newBooth.create')}
        </button>
        <button type="button" className="ghost small" onClick={() => onDone(null)} disabled={busy}>
          {t('setup.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
