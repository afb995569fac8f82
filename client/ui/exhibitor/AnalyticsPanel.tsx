import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsCharts } from './AnalyticsCharts.tsx';
import { timeFormatter } from './formatters.ts';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { LoadFailure } from './LoadFailure.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { useAnalytics } from './useAnalytics.ts';

/** Visits, visitors, dwell time and leads for a chosen period, refreshed while the page is open. */
export function AnalyticsPanel({ boothId }: { boothId: string }) {
  const { t, i18n } = useTranslation();
  const [hours, setHours] = useState(24);
  const { data, dataHours, loading, failure, updatedAt, retry } = useAnalytics(boothId, hours);
  // Routine refreshes replace the figures quietly; only a first load or a new period says it is loading.
  const switching = loading && dataHours !== hours;
  const time = updatedAt ? timeFormatter(i18n.resolvedLanguage ?? 'en').format(updatedAt) : null;

  return (
    <div className="exh-analytics" aria-busy={switching}>
      <div className="exh-card-head">
        <div>
          <h2 id="analytics-title">{t('exhibitor.analytics.title')}</h2>
          <p className="hint exh-updated">
            {switching ? (
              <>
                <span className="spinner" aria-hidden="true" /> {t('exhibitor.analytics.loading')}
              </>
            ) : time ? (
              t('exhibitor.analytics.updated', { time })
            ) : (
              t('exhibitor.analytics.autoRefresh')
            )}
          </p>
        </div>
        <PeriodPicker hours={hours} onChange={setHours} />
      </div>

      {failure !== null && <LoadFailure failure={failure} onRetry={retry} />}
      {data && dataHours !== null && (
        <>
          <HeadlineFigures data={data} />
          {data.totals.visits === 0 && <p className="hint exh-no-visits">{t('exhibitor.analytics.noVisits')}</p>}
          <AnalyticsCharts data={data} hours={dataHours} />
        </>
      )}
    </div>
  );
}
