import type { TFunction } from 'i18next';
import { localesFor } from '../../i18n/localesFor.ts';

/**
 * Numbers, durations, sizes and dates written the way the visitor's language writes them.
 *
 * Browsers ship uneven locale data for the Turkic languages: some lack Kyrgyz and Turkmen entirely (and would
 * fall back to US English, with AM/PM), others know Kazakh, Azerbaijani or Uzbek only by name (no month names,
 * no unit words). Hence a regional fallback for dates, unit words from our own translations, and numeric dates
 * when month names are missing.
 */

export function formatNumber(lang: string, value: number): string {
  return new Intl.NumberFormat(localesFor(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A dwell time such as "45 sec" or "2 min 5 sec". */
export function formatDuration(t: TFunction, lang: string, totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const n = (value: number) => formatNumber(lang, value);
  if (seconds < 60) return t('exhibitor.units.seconds', { value: n(seconds) });
  if (seconds >= 3600) return t('exhibitor.units.hours', { value: n(Math.round(seconds / 360) / 10) });
  const minutes = t('exhibitor.units.minutes', { value: n(Math.floor(seconds / 60)) });
  const rest = seconds % 60;
  return rest === 0 ? minutes : `${minutes} ${t('exhibitor.units.seconds', { value: n(rest) })}`;
}

export function formatMegabytes(lang: string, bytes: number): string {
  return new Intl.NumberFormat(localesFor(lang), {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

/** Without locale data a short month is written "M11"; such browsers get numeric dates instead. */
function hasMonthNames(locales: string[]): boolean {
  return new Intl.DateTimeFormat(locales, { month: 'short' }).format(new Date(2020, 10, 15)) !== 'M11';
}

/** Hour labels: the time alone for a day, the date and hour for longer periods. */
export function hourFormatter(lang: string, hours: number): Intl.DateTimeFormat {
  const locales = localesFor(lang);
  if (hours <= 24) return new Intl.DateTimeFormat(locales, { hour: 'numeric', minute: '2-digit' });
  return new Intl.DateTimeFormat(
    locales,
    hasMonthNames(locales)
      ? { day: 'numeric', month: 'short', hour: 'numeric' }
      : { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' },
  );
}

export function dateTimeFormatter(lang: string): Intl.DateTimeFormat {
  const locales = localesFor(lang);
  return new Intl.DateTimeFormat(
    locales,
    hasMonthNames(locales)
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  );
}

export function timeFormatter(lang: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(localesFor(lang), { hour: 'numeric', minute: '2-digit' });
}
