import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../shared/reports.ts';
import { Flag } from '../../Flag.tsx';
import { RoleBadge } from '../../RoleBadge.tsx';
import { useCountryName } from '../../useCountryName.ts';
import { usePlaceName } from '../../usePlaceName.ts';
import { DateTime } from '../DateTime.tsx';
import { REPORT_ACTIONS, type ReportAction } from './reportActions.ts';

export interface ReportCardProps {
  report: Report;
  /** Reports about the same person, all of them. */
  count: number;
  busy: boolean;
  onAction(action: ReportAction): void;
  onDismiss(): void;
}

/** One open report: who was reported and how often, why and by whom, where and when; and what to do about it. */
export function ReportCard({ report, count, busy, onAction, onDismiss }: ReportCardProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const placeName = usePlaceName();
  const { reported, reporter } = report;
  const headingId = `report-${report.id}-title`;
  return (
    <li className="report-card" aria-labelledby={headingId} data-testid="report-card">
      <div className="report-who">
        <Flag country={reported.country} size={22} />
        <div>
          <h3 id={headingId} className="report-name">
            {reported.name} <RoleBadge role={reported.role} />
          </h3>
          <p className="report-meta">
            {countryName(reported.country)}
            {count > 1 && (
              <>
                {' · '}
                <strong className="report-count">{t('reports.panel.count', { count })}</strong>
              </>
            )}
          </p>
        </div>
        <span className="report-reason-pill" data-reason={report.reason}>
          {t(`reports.reason.${report.reason}`)}
        </span>
      </div>
      {report.details && <blockquote className="report-details">{report.details}</blockquote>}
      <p className="report-meta">
        {t('reports.panel.by', { name: reporter.name, country: countryName(reporter.country) })}
        {' · '}
        <DateTime at={report.at} />
        {report.place && (
          <>
            {' · '}
            {t('reports.panel.where', { place: placeName(report.place) })}
          </>
        )}
      </p>
      <div className="report-actions" role="group" aria-label={t('reports.panel.actionsFor', { name: reported.name })}>
        {REPORT_ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'mute' ? 'ghost small' : 'ghost small report-danger'}
            disabled={busy}
            onClick={() => onAction(action)}
          >
            {t(`reports.panel.${action}`)}
          </button>
        ))}
        <button type="button" className="ghost small" disabled={busy} onClick={onDismiss}>
          {busy && <span className="spinner" aria-hidden="true" />} {t('reports.panel.dismiss')}
        </button>
      </div>
    </li>
  );
}
