import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue.ts';
import { BASE_COLUMNS, IMPORT_LIMITS, type ImportAnswer } from '../../../../shared/exhibitorImport.ts';
import { failureText } from '../../../i18n/failureText.ts';
import { importExhibitors } from '../../../net/eventSetup.ts';
import { formatNumber } from '../../exhibitor/formatters.ts';
import { ImportCreatedLinks } from './ImportCreatedLinks.tsx';
import { fileProblemText } from './importProblems.ts';
import { ImportPreview } from './ImportPreview.tsx';

type Format = 'csv' | 'json';

/**
 * "Import exhibitors": a list pasted or chosen as a file is checked by the server row by row
 * (nothing changes), the organiser sees which rows will be created and why the others will not,
 * confirms skipping those, and creates the booths with their invitations in one go.
 */
export function ExhibitorImport({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const [format, setFormat] = useState<Format>('csv');
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'creating' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<ImportAnswer | null>(null);

  const changed = () => {
    setPreview(null);
    setSkip(false);
    setProblem(null);
  };

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      changed();
      setProblem(t('setup.import.fileErrors.too_large', { max: IMPORT_LIMITS.bytes }));
      return;
    }
    setFormat(/\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : 'csv');
    setText(await file.text());
    changed();
  }

  async function send(commit: boolean) {
    setBusy(commit ? 'creating' : 'checking');
    setProblem(null);
    try {
      const answer = await importExhibitors({ format, text, commit, skipInvalid: commit && skip });
      if (answer.committed) {
        setCreated(answer);
        setPreview(null);
        setText('');
      } else setPreview(answer);
    } catch (error) {
      setProblem(failureText(t, error, 'setup.import.refused'));
    } finally {
      setBusy(null);
    }
  }

  if (created) {
    return (
      <ImportCreatedLinks
        created={created.created}
        onAnother={() => {
          setCreated(null);
          changed();
        }}
      />
    );
  }

  const rows = preview?.rows ?? [];
  const ready = rows.filter((r) => r.status === 'ok').length;
  const bad = rows.length - ready;
  const mayCreate = ready > 0 && (bad === 0 || skip) && busy === null;

  return (
    <div className="setup-import">
      <p className="hint setup-columns">
        {t('setup.import.columns', { columns: BASE_COLUMNS.join(', '), example: 'name_ru, tagline_tr' })}
      </p>
      <fieldset className="setup-format">
        <legend>{t('setup.import.format')}</legend>
        {(['csv', 'json'] as const).map((f) => (
          <label key={f} className="setup-radio">
            <input
              type="radio"
              name={`${id}-format`}
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f);
                changed();
              }}
            />
            {t(`setup.import.${f}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('setup.import.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => void chooseFile(e)}
        />
        <p id={`${id}-file-hint`} className="hint">
          {t('setup.import.fileHint', {
            size: formatNumber(uiLang, IMPORT_LIMITS.bytes / 1_000_000),
            rows: formatNumber(uiLang, IMPORT_LIMITS.rows),
          })}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('setup.import.text')}</label>
        <textarea
          id={`${id}-text`}
          className="setup-text"
          rows={7}
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            changed();
          }}
        />
      </div>
      <div className="setup-form-actions">
        <button
          type="button"
          className="secondary"
          disabled={!text.trim() || busy !== null}
          onClick={() => void send(false)}
        >
          {busy === 'checking' ? t('setup.import.checking') : t('setup.import.check')}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {preview && preview.fileErrors.length > 0 && (
        <div className="notice setup-file-errors" role="alert">
          <p>{t('setup.import.fileProblems')}</p>
          <ul>
            {preview.fileErrors.map((e, i) => (
              <li key={i}>{fileProblemText(t, e)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && rows.length > 0 && (
        <div className="setup-preview-block">
          <p className="setup-summary" role="status">
            {t('setup.import.summary', { ready: formatNumber(uiLang, ready), bad: formatNumber(uiLang, bad) })}
          </p>
          <ImportPreview rows={rows} catalogue={catalogue} />
          {ready === 0 ? (
            <p className="notice">{t('setup.import.nothing')}</p>
          ) : (
            <div className="setup-commit">
              {bad > 0 && (
                <label className="setup-check">
                  <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
                  {t('setup.import.skip', { ready: formatNumber(uiLang, ready), bad: formatNumber(uiLang, bad) })}
                </label>
              )}
              <button type="button" className="primary" disabled={!mayCreate} onClick={() => void send(true)}>
                {busy === 'creating'
                  ? t('setup.import.creating')
                  : t('setup.import.create', { ready: formatNumber(uiLang, ready) })}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
