import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../../../i18n/failureText.ts';
import { downloadEventData } from '../../../net/exportApi.ts';
import { formatMegabytes } from '../../exhibitor/formatters.ts';
import { saveBlob } from '../../exhibitor/saveBlob.ts';
import { EXPORT_CONTENTS } from './exportContents.ts';

/** One button for every piece of the event's data as a JSON file, and what is (and is not) in it. */
export function ExportSection() {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);

  const download = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { blob, fileName } = await downloadEventData();
      saveBlob(blob, fileName);
      setOutcome({
        kind: 'done',
        text: t('eventData.export.done', {
          file: fileName,
          size: formatMegabytes(i18n.resolvedLanguage ?? 'en', blob.size),
        }),
      });
    } catch (error) {
      setOutcome({ kind: 'failed', text: failureText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="export" className="exh-card" aria-labelledby="export-title">
      <div className="exh-card-head">
        <div>
          <h2 id="export-title">{t('eventData.export.title')}</h2>
          <p className="hint">{t('eventData.export.intro')}</p>
        </div>
      </div>
      <ul className="ed-contents">
        {EXPORT_CONTENTS.map((part) => (
          <li key={part}>{t(`eventData.export.contents.${part}`)}</li>
        ))}
      </ul>
      <p className="hint">{t('eventData.export.never')}</p>
      <div className="org-form-actions">
        <button type="button" className="primary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
          {busy && <span className="spinner" aria-hidden="true" />}{' '}
          {busy ? t('eventData.export.preparing') : t('eventData.export.button')}
        </button>
      </div>
      {outcome && (
        <p
          className={outcome.kind === 'failed' ? 'field-error' : 'hint ed-done'}
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
        >
          {outcome.text}
        </p>
      )}
    </section>
  );
}
