import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { regionalLocales, zoneName } from '../../i18n/useSlotTime.ts';

export interface MeetingTimeFormat {
  /** "Tue, 14 May 2026, 14:30–15:30 GMT+3": the visitor's own zone, named. */
  range(startsAt: string, endsAt: string): string;
  /** The parts of a day tile: "Tue", "14", "May". */
  tile(iso: string): { weekday: string; day: string; month: string };
  time(date: Date): string;
  /** The visitor's zone as the language names it briefly ("GMT+3"). */
  zone: string;
}

/** Meeting times as the interface language writes them, in the visitor's own time zone. */
export function useMeetingTime(): MeetingTimeFormat {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const locales = regionalLocales(lang);
    const range = new Intl.DateTimeFormat(locales, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const weekday = new Intl.DateTimeFormat(locales, { weekday: 'short' });
    const day = new Intl.DateTimeFormat(locales, { day: 'numeric' });
    const month = new Intl.DateTimeFormat(locales, { month: 'short' });
    const time = new Intl.DateTimeFormat(locales, { hour: '2-digit', minute: '2-digit' });
    return {
      range: (startsAt, endsAt) => range.formatRange(new Date(startsAt), new Date(endsAt)),
      tile: (iso) => {
        const date = new Date(iso);
        return { weekday: weekday.format(date), day: day.format(date), month: month.format(date) };
      },
      time: (date) => time.format(date),
      zone: zoneName(locales),
    };
  }, [lang]);
}

/** A length such as "45 min", "1 h" or "1 h 30 min". */
export function formatMinutes(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('meetings.duration.minutes', { count: rest });
  if (rest === 0) return t('meetings.duration.hours', { count: hours });
  return t('meetings.duration.hoursMinutes', { hours, minutes: rest });
}
