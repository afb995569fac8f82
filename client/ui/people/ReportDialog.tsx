import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_LIMITS, REPORT_REASONS, type ReportReason } from '../../../shared/reports.ts';
import { failureText } from '../../i18n/failureText.ts';
import { sendReport } from '../../net/reports.ts';
import { ModalForm } from '../ModalForm.tsx';

export interface ReportDialogProps {
  person: { id: string; name: string };
  onClose(): void;
}

type Step = { kind: 'writing' } | { kind: 'sending' } | { kind: 'failed'; message: string } | { kind: 'sent' };

/** "Report this person": a reason, optional details, and a word that the organisers have it. */
export function ReportDialog({ person, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [details, setDetails] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'writing' });
  const [missingReason, setMissingReason] = useState(false);
  const values = { name: person.name };

  async function submit() {
    if (step.kind === 'sent') return onClose();
    if (!reason) return setMissingReason(true);
    setStep({ kind: 'sending' });
    try {
      await sendReport({ userId: person.id, reason, details: details.trim() });
      setStep({ kind: 'sent' });
    } catch (error) {
      setStep({ kind: 'failed', message: failureText(t, error, 'reports.dialog.refused') });
    }
  }

  if (step.kind === 'sent') {
    return (
      <ModalForm titleId="report-title" textId="report-text" onSubmit={onClose} onCancel={onClose}>
        <div className="report-dialog" data-testid="report-sent">
          <h2 id="report-title">{t('reports.dialog.sentTitle')}</h2>
          <p id="report-text" role="status">
            {t('reports.dialog.sentText', values)}
          </p>
          <div className="mod-dialog-actions">
            <button type="submit" className="report-send" autoFocus>
              {t('reports.dialog.close')}
            </button>
          </div>
        </div>
      </ModalForm>
    );
  }

  const busy = step.kind === 'sending';
  return (
    <ModalForm titleId="report-title" textId="report-text" onSubmit={() => void submit()} onCancel={onClose}>
      <div className="report-dialog">
        <h2 id="report-title">{t('reports.dialog.title', values)}</h2>
        <p id="report-text">{t('reports.dialog.text', values)}</p>
        <fieldset
          className="report-reasons"
          aria-invalid={missingReason && !reason ? true : undefined}
          aria-describedby={missingReason && !reason ? 'report-reason-missing' : undefined}
        >
          <legend>{t('reports.dialog.reason')}</legend>
          {REPORT_REASONS.map((value) => (
            <label key={value} className="report-reason">
              <input
                type="radio"
                name="report-reason"
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
              />
              <span>{t(`reports.reason.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        {missingReason && !reason && (
          <p id="report-reason-missing" className="report-error" role="alert">
            {t('reports.dialog.reasonMissing')}
          </p>
        )}
        <label htmlFor="report-details">{t('reports.dialog.details')}</label>
        <textarea
          id="report-details"
          rows={3}
          value={details}
          maxLength={REPORT_LIMITS.detailsLength}
          onChange={(e) => setDetails(e.target.value)}
          aria-describedby="report-details-hint"
        />
        <p id="report-details-hint" className="hint">
          {t('reports.dialog.detailsHint', { count: REPORT_LIMITS.detailsLength - details.length })}
        </p>
        {step.kind === 'failed' && (
          <p className="report-error" role="alert">
            {step.message}
          </p>
        )}
        <div className="mod-dialog-actions">
          <button type="button" className="mod-cancel" onClick={onClose}>
            {t('reports.dialog.cancel')}
          </button>
          <button type="submit" className="report-send" disabled={busy} aria-busy={busy}>
            {busy && <span className="spinner" aria-hidden="true" />} {t('reports.dialog.send')}
          </button>
        </div>
      </div>
    </ModalForm>
  );
}
