import type { ChartConfiguration, ChartOptions } from 'chart.js';
import type { TFunction } from 'i18next';
import { DWELL_BUCKETS, type BoothAnalytics } from '../../../shared/analytics.ts';
import { CHART_COLORS } from './chartSetup.ts';
import { formatDuration, formatNumber, hourFormatter } from './formatters.ts';

type Config = ChartConfiguration<'line' | 'bar', number[], string>;

function baseOptions(lang: string, animate: boolean, legend: boolean): ChartOptions<'line' | 'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale: lang,
    animation: animate ? { duration: 400 } : false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: legend, position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8 } },
      tooltip: { backgroundColor: '#0b2a3a', padding: 10, cornerRadius: 8, displayColors: legend },
    },
    scales: {
      x: { grid: { display: false }, ticks: { maxTicksLimit: 8, maxRotation: 0, autoSkip: true } },
      y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.grid }, border: { display: false } },
    },
  };
}

function hourLabels(data: BoothAnalytics, lang: string, hours: number): string[] {
  const format = hourFormatter(lang, hours);
  return data.hours.map((h) => format.format(new Date(h.hour)));
}

/** Visits and unique visitors per hour, as two lines. */
export function visitsChart(data: BoothAnalytics, t: TFunction, lang: string, hours: number, animate: boolean): Config {
  const dense = data.hours.length > 48;
  return {
    type: 'line',
    data: {
      labels: hourLabels(data, lang, hours),
      datasets: [
        {
          label: t('exhibitor.analytics.visits'),
          data: data.hours.map((h) => h.visits),
          borderColor: CHART_COLORS.teal,
          backgroundColor: 'rgba(23, 98, 122, 0.12)',
          pointBackgroundColor: CHART_COLORS.teal,
          fill: true,
          tension: 0.3,
          borderWidth: 2,
          pointRadius: dense ? 0 : 2.5,
        },
        {
          label: t('exhibitor.analytics.visitors'),
          data: data.hours.map((h) => h.visitors),
          borderColor: CHART_COLORS.turquoise,
          backgroundColor: CHART_COLORS.turquoise,
          pointBackgroundColor: CHART_COLORS.turquoise,
          fill: false,
          tension: 0.3,
          borderWidth: 2,
          pointRadius: dense ? 0 : 2.5,
        },
      ],
    },
    options: baseOptions(lang, animate, true),
  };
}

/** A range such as "10–30 sec" when both ends share a unit, else "30 sec–1 min". */
function rangeLabel(t: TFunction, lang: string, from: number, to: number): string {
  const sameUnit = (from < 60 && to < 60) || (from % 60 === 0 && to % 60 === 0);
  const start = sameUnit ? formatNumber(lang, from < 60 ? from : from / 60) : formatDuration(t, lang, from);
  return `${start}–${formatDuration(t, lang, to)}`;
}

/** A bucket's range in words, e.g. "under 10 sec", "30 sec–1 min", "10 min or more". */
function dwellLabel(t: TFunction, lang: string, index: number, fallback: string): string {
  const bucket = DWELL_BUCKETS[index];
  if (!bucket) return fallback;
  const lower = DWELL_BUCKETS[index - 1]?.maxSeconds;
  if (lower === undefined)
    return t('exhibitor.analytics.dwellUnder', { max: formatDuration(t, lang, bucket.maxSeconds) });
  if (bucket.maxSeconds === Infinity)
    return t('exhibitor.analytics.dwellOver', { min: formatDuration(t, lang, lower) });
  return rangeLabel(t, lang, lower, bucket.maxSeconds);
}

/** How many visits lasted how long; bars run sideways so every range can be read in full. */
export function dwellChart(data: BoothAnalytics, t: TFunction, lang: string, animate: boolean): Config {
  const options = baseOptions(lang, animate, false);
  return {
    type: 'bar',
    data: {
      labels: data.dwell.buckets.map((b, i) => dwellLabel(t, lang, i, b.label)),
      datasets: [
        {
          label: t('exhibitor.analytics.visits'),
          data: data.dwell.buckets.map((b) => b.visits),
          backgroundColor: CHART_COLORS.turquoise,
          hoverBackgroundColor: CHART_COLORS.teal,
          borderRadius: 6,
          maxBarThickness: 28,
        },
      ],
    },
    options: {
      ...options,
      indexAxis: 'y',
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: {
        x: {
          beginAtZero: true,
          ticks: { precision: 0 },
          grid: { color: CHART_COLORS.grid },
          border: { display: false },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
    },
  };
}

/** Cards left per hour. */
export function leadsChart(data: BoothAnalytics, t: TFunction, lang: string, hours: number, animate: boolean): Config {
  return {
    type: 'bar',
    data: {
      labels: hourLabels(data, lang, hours),
      datasets: [
        {
          label: t('exhibitor.analytics.leads'),
          data: data.hours.map((h) => h.leads),
          backgroundColor: CHART_COLORS.gold,
          hoverBackgroundColor: '#b9852a',
          borderRadius: 4,
          maxBarThickness: 24,
        },
      ],
    },
    options: baseOptions(lang, animate, false),
  };
}
