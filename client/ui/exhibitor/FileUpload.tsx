import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/booths.ts';
import { uploadBoothFile } from '../../net/api.ts';
import { failureText } from '../../i18n/failureText.ts';
import { formatMegabytes } from './formatters.ts';
import { acceptOf, fileProblem, UPLOAD_RULES, type UploadKind } from './uploadRules.ts';

type UploadState =
  { kind: 'idle' } | { kind: 'uploading'; fileName: string } | { kind: 'done' } | { kind: 'failed'; message: string };

export interface FileUploadProps {
  boothId: string;
  kind: UploadKind;
  title: string;
  /** The current file: a logo preview or a link to the brochure. */
  current: ReactNode;
  onUploaded(booth: Booth): void;
}

/** Choosing a file uploads it at once; the server decides from the bytes, the browser only checks first. */
export function FileUpload({ boothId, kind, title, current, onUploaded }: FileUploadProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  // Not `disabled` while uploading: that would take keyboard focus away from the control.
  const uploading = useRef(false);
  const max = formatMegabytes(uiLang, UPLOAD_RULES[kind].maxBytes);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) still triggers a change.
    event.target.value = '';
    if (!file || uploading.current) return;
    const problem = fileProblem(kind, file);
    if (problem) {
      const size = formatMegabytes(uiLang, file.size);
      setState({
        kind: 'failed',
        message: t(problem === 'type' ? `exhibitor.files.problem_type_${kind}` : `exhibitor.files.problem_${problem}`, {
          max,
          size,
        }),
      });
      return;
    }
    setState({ kind: 'uploading', fileName: file.name });
    uploading.current = true;
    try {
      onUploaded(await uploadBoothFile(boothId, kind, file));
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'failed', message: failureText(t, error, 'exhibitor.files.refused') });
    } finally {
      uploading.current = false;
    }
  }

  const busy = state.kind === 'uploading';
  return (
    <section className="exh-upload" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="exh-upload-current">{current}</div>
      <div className="exh-upload-action">
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept={acceptOf(kind)}
          aria-disabled={busy || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void onChange(e)}
        />
        <label htmlFor={id} className="exh-file-button" data-disabled={busy || undefined}>
          {busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> {t('exhibitor.files.uploading')}
            </>
          ) : (
            t(`exhibitor.files.choose_${kind}`)
          )}
        </label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t(`exhibitor.files.hint_${kind}`, { max })}
      </p>
      <div aria-live="polite">
        {state.kind === 'uploading' && (
          <p className="exh-status">{t('exhibitor.files.uploadingName', { name: state.fileName })}</p>
        )}
        {state.kind === 'done' && (
          <p className="exh-status ok">
            <span aria-hidden="true">✓ </span>
            {t(`exhibitor.files.done_${kind}`)}
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
