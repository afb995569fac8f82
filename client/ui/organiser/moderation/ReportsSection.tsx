import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../shared/reports.ts';
import { fetchReports } from '../../../net/reports.ts';
import { ModerationOutcomeLine } from '../../people/ModerationOutcomeLine.tsx';
import { LoadedList } from '../../exhibitor/LoadedList.tsx';
import { RefreshButton } from '../RefreshButton.tsx';
import { useRemote } from '../useRemote.ts';
import { ReportActionDialog } from './ReportActionDialog.tsx';
import { ReportCard } from './ReportCard.tsx';
import type { ReportAction } from './reportActions.ts';
import { ResolvedReports } from './ResolvedReports.tsx';
import { useEvery } from './useEvery.ts';
import { useReportActions } from './useReportActions.ts';

/** How often the open reports are read again while the console is open. */
const REFRESH_MS = 15_000;

/** Visitors' reports: the open ones with quick actions, oldest first; the handled ones folded away below. */
export function ReportsSection({ onActed }: { onActed(): void }) {
  const { t } = useTranslation();
  const remote = useRemote(fetchReports);
  const { state, data, failure, refreshing, updatedAt, reload } = remote;
  useEvery(REFRESH_MS, reload);
  const actions = useReportActions(() => {
    reload();
    onActed();
  });
  const [confirming, setConfirming] = useState<{ report: Report; action: ReportAction } | null>(null);
  const open = data?.reports.filter((r) => r.status === 'open') ?? null;
  const resolved = data?.reports.filter((r) => r.status !== 'open') ?? [];

  return (
    <section id="reports" className="exh-card" aria-labelledby="reports-title" aria-busy={refreshing}>
      <div className="exh-card-head">
        <div>
          <h2 id="reports-title">
            {t('reports.panel.title')}
            {open && open.length > 0 && <span className="report-open-count">{open.length}</span>}
          </h2>
          <p className="hint">{t('reports.panel.intro')}</p>
        </div>
        <RefreshButton busy={refreshing} updatedAt={updatedAt} onRefresh={reload} />
      </div>
      {actions.outcome && <ModerationOutcomeLine outcome={actions.outcome} onDismiss={actions.clearOutcome} />}
      <LoadedList state={state} items={open} failure={failure} onRetry={reload} textKeys="reports.panel">
        {(reports) => (
          <ul className="report-list" aria-label={t('reports.panel.openList')}>
            {reports.map((report) => (
              <ReportCard
                key={report.id}
                report={report}
                count={data?.counts[report.reported.id] ?? 1}
                busy={actions.busyId === report.id}
                onAction={(action) => setConfirming({ report, action })}
                onDismiss={() => void actions.dismiss(report)}
              />
            ))}
          </ul>
        )}
      </LoadedList>
      {resolved.length > 0 && <ResolvedReports reports={resolved} />}
      {confirming && (
        <ReportActionDialog
          action={confirming.action}
          report={confirming.report}
          onCancel={() => setConfirming(null)}
          onConfirm={(reason, minutes, note) => {
            setConfirming(null);
            void actions.act(confirming.report, confirming.action, reason, minutes, note);
          }}
        />
      )}
    </section>
  );
}
