import { useTranslation } from 'react-i18next';
import { MODERATION_ACTIONS, type ModerationAction } from '../../../../shared/moderation.ts';
import type { Report } from '../../../../shared/reports.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { DateTime } from '../DateTime.tsx';

/** Reports already handled, newest first: what became of them and who decided. */
export function ResolvedReports({ reports }: { reports: readonly Report[] }) {
  const { t } = useTranslation();
  const columns = {
    at: t('reports.panel.reportedAt'),
    person: t('reports.panel.person'),
    reason: t('reports.panel.reason'),
    outcome: t('reports.panel.outcome'),
    by: t('reports.panel.resolvedBy'),
  };
  return (
    <details className="report-resolved">
      <summary>{t('reports.panel.resolved', { count: reports.length })}</summary>
      <DataTable caption={t('reports.panel.resolvedCaption')} columns={columns} className="org-table">
        {reports.map((report) => (
          <tr key={report.id} role="row">
            <td role="cell" data-label={columns.at} className="org-when">
              <DateTime at={report.at} />
            </td>
            <th scope="row" role="rowheader" data-label={columns.person}>
              {report.reported.name}
            </th>
            <td role="cell" data-label={columns.reason}>
              {t(`reports.reason.${report.reason}`)}
            </td>
            <td role="cell" data-label={columns.outcome}>
              <span className="org-status" data-status={report.status === 'actioned' ? 'active' : 'expired'}>
                {t(`reports.panel.status_${report.status}`)}
              </span>
              {isAction(report.note) && <> {t(`organiser.moderation.action_${report.note}`)}</>}
            </td>
            <td role="cell" data-label={columns.by}>
              {report.resolvedBy}
            </td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}

/** An actioned report's note names what was done. */
const isAction = (note: string): note is ModerationAction => (MODERATION_ACTIONS as readonly string[]).includes(note);
