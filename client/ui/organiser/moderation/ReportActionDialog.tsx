import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_LIMITS } from '../../../../shared/moderation.ts';
import { REPORT_LIMITS, type Report } from '../../../../shared/reports.ts';
import { ModalForm } from '../../ModalForm.tsx';
import { MUTE_CHOICES, reasonFromReport, type MuteChoice, type ReportAction } from './reportActions.ts';
import '../../hud/hud.css';

export interface ReportActionDialogProps {
  action: ReportAction;
  report: Report;
  onConfirm(reason: string, minutes: number | undefined, note: string): void;
  onCancel(): void;
}

/**
 * "Mute / remove / ban this person?" with the reason taken from the report, to edit before it
 * goes in the log, and the organiser's own note kept with the report.
 */
export function ReportActionDialog({ action, report, onConfirm, onCancel }: ReportActionDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(() => reasonFromReport(t, report));
  const [minutes, setMinutes] = useState<MuteChoice>(60);
  const [note, setNote] = useState('');
  const values = { name: report.reported.name };
  return (
    <ModalForm
      titleId="report-action-title"
      textId="report-action-text"
      onSubmit={() => onConfirm(reason.trim(), action === 'mute' ? (minutes ?? undefined) : undefined, note.trim())}
      onCancel={onCancel}
    >
      <h2 id="report-action-title">{t(`reports.panel.${action}Title`, values)}</h2>
      <p id="report-action-text">{t(`reports.panel.${action}Text`, values)}</p>
      {action === 'mute' && (
        <>
          <label htmlFor="report-action-minutes">{t('reports.panel.muteFor')}</label>
          <select
            id="report-action-minutes"
            className="report-action-select"
            value={minutes ?? ''}
            onChange={(e) => setMinutes(e.target.value ? (Number(e.target.value) as MuteChoice) : null)}
          >
            {MUTE_CHOICES.map((choice) => (
              <option key={choice ?? 'lifted'} value={choice ?? ''}>
                {choice === 15
                  ? t('moderation.mute15')
                  : choice === 60
                    ? t('moderation.mute60')
                    : t('moderation.muteUntilLifted')}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="report-action-reason">{t('moderation.reason')}</label>
      <textarea
        id="report-action-reason"
        rows={3}
        value={reason}
        maxLength={MODERATION_LIMITS.reasonLength}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby="report-action-hint"
      />
      <p id="report-action-hint" className="hint">
        {t('reports.panel.reasonHint')}
      </p>
      <label htmlFor="report-action-note">{t('reports.panel.note')}</label>
      <textarea
        id="report-action-note"
        rows={2}
        value={note}
        maxLength={REPORT_LIMITS.noteLength}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="mod-dialog-actions">
        <button type="button" className="mod-cancel" onClick={onCancel}>
          {t('moderation.cancel')}
        </button>
        <button type="submit" className="mod-confirm" data-action={action}>
          {t(`reports.panel.${action}Confirm`)}
        </button>
      </div>
    </ModalForm>
  );
}
