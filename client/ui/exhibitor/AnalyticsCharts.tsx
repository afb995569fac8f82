import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoothAnalytics } from '../../../shared/analytics.ts';
import { ChartCanvas } from './ChartCanvas.tsx';
import { dwellChart, leadsChart, visitsChart } from './chartConfigs.ts';
import { formatDuration, formatNumber } from './formatters.ts';

/** Motion is skipped for those who asked their system for less of it. */
const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The three charts: visits over time, how long visits lasted, and leads over time. */
export function AnalyticsCharts({ data, hours }: { data: BoothAnalytics; hours: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const visits = useMemo(() => visitsChart(data, t, lang, hours, animate), [data, t, lang, hours]);
  const dwell = useMemo(() => dwellChart(data, t, lang, animate), [data, t, lang]);
  const leads = useMemo(() => leadsChart(data, t, lang, hours, animate), [data, t, lang, hours]);
  const n = (value: number) => formatNumber(lang, value);

  return (
    <div className="exh-charts">
      <figure className="exh-chart-card wide">
        <figcaption>{t('exhibitor.analytics.visitsChart')}</figcaption>
        <ChartCanvas
          config={visits}
          label={t('exhibitor.analytics.visitsChartLabel', {
            visits: n(data.totals.visits),
            visitors: n(data.totals.visitors),
          })}
        />
      </figure>
      <figure className="exh-chart-card">
        <figcaption>{t('exhibitor.analytics.dwellChart')}</figcaption>
        <ChartCanvas
          config={dwell}
          label={t('exhibitor.analytics.dwellChartLabel', {
            median: formatDuration(t, lang, data.dwell.medianSeconds),
          })}
        />
      </figure>
      <figure className="exh-chart-card">
        <figcaption>{t('exhibitor.analytics.leadsChart')}</figcaption>
        <ChartCanvas config={leads} label={t('exhibitor.analytics.leadsChartLabel', { leads: n(data.totals.leads) })} />
      </figure>
    </div>
  );
}
