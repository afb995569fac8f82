import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../shared/reports.ts';
import { failureText } from '../../../i18n/failureText.ts';
import { actOnReport, resolveReport } from '../../../net/reports.ts';
import type { ReportAction } from './reportActions.ts';

export type ReportOutcome = { kind: 'done' | 'failed'; message: string };

/**
 * Acting on a report (the server takes it and acts on the person in one go, or refuses when
 * another organiser got there first), or dismissing it. `onChanged` reads the reports and
 * the log again.
 */
export function useReportActions(onChanged: () => void) {
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);

  const run = useCallback(
    async (report: Report, work: () => Promise<string>) => {
      setBusyId(report.id);
      setOutcome(null);
      try {
        setOutcome({ kind: 'done', message: await work() });
      } catch (error) {
        setOutcome({ kind: 'failed', message: failureText(t, error, 'reports.panel.refused') });
      } finally {
        setBusyId(null);
        onChanged();
      }
    },
    [t, onChanged],
  );

  const act = useCallback(
    (report: Report, action: ReportAction, reason: string, minutes: number | undefined, note: string) =>
      run(report, async () => {
        await actOnReport(report.id, { action, reason, note, ...(minutes ? { minutes } : {}) });
        return t(`reports.panel.done_${action}`, { name: report.reported.name });
      }),
    [run, t],
  );

  const dismiss = useCallback(
    (report: Report) =>
      run(report, async () => {
        await resolveReport(report.id, { outcome: 'dismissed' });
        return t('reports.panel.done_dismissed', { name: report.reported.name });
      }),
    [run, t],
  );

  return { act, dismiss, busyId, outcome, clearOutcome: useCallback(() => setOutcome(null), []) };
}
