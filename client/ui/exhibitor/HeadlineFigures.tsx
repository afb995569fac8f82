import { useTranslation } from 'react-i18next';
import type { BoothAnalytics } from '../../../shared/analytics.ts';
import { formatDuration, formatNumber } from './formatters.ts';

/** The four numbers an exhibitor looks for first. */
export function HeadlineFigures({ data }: { data: BoothAnalytics }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const figures = [
    { key: 'visits', label: t('exhibitor.analytics.totalVisits'), value: formatNumber(lang, data.totals.visits) },
    {
      key: 'visitors',
      label: t('exhibitor.analytics.uniqueVisitors'),
      value: formatNumber(lang, data.totals.visitors),
    },
    { key: 'leads', label: t('exhibitor.analytics.leads'), value: formatNumber(lang, data.totals.leads) },
    {
      key: 'dwell',
      label: t('exhibitor.analytics.medianDwell'),
      value: data.dwell.visits > 0 ? formatDuration(t, lang, data.dwell.medianSeconds) : '—',
    },
  ];
  return (
    <dl className="exh-stats">
      {figures.map((f) => (
        <div key={f.key} className="exh-stat" data-figure={f.key}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
