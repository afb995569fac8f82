import { useTranslation } from 'react-i18next';
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
    note: t('reports.panel.noteColumn'),
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
              {report.action && <> {t(`organiser.moderation.action_${report.action}`)}</>}
            </td>
            <td role="cell" data-label={columns.by}>
              {report.resolvedBy}
            </td>
            <td role="cell" data-label={columns.note}>
              {report.note}
            </td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
