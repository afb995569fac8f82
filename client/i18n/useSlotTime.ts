import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localesFor } from './localesFor.ts';
import { sameDay } from '../state/agenda.ts';

export interface SlotTimeFormat {
  /** "14:30", with the date in front when it is not today. */
  at(iso: string): string;
  /** "14:30–15:00". */
  range(startsAt: string, endsAt: string): string;
  /** A day heading: "Tuesday, 14 May". */
  day(date: Date): string;
  /** The visitor's time zone as the language names it briefly ("GMT+3"). */
  zone: string;
}

/**
 * The browser's own variant of the interface language, when it has one (en-GB writes 14:30 where
 * en writes 2:30 PM), then the language itself with its fallbacks.
 */
export function regionalLocales(lang: string): string[] {
  const regional = typeof navigator === 'undefined' ? [] : navigator.languages.filter((l) => l.split('-')[0] === lang);
  return [...regional, ...localesFor(lang)];
}

/** The visitor's time zone as these locales name it briefly ("GMT+3"). */
export function zoneName(locales: string[]): string {
  const parts = new Intl.DateTimeFormat(locales, { timeZoneName: 'short' }).formatToParts(new Date());
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** Slot times in the visitor's own time zone, written the way the interface language writes them. */
export function useSlotTime(): SlotTimeFormat {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const locales = regionalLocales(lang);
    const time = new Intl.DateTimeFormat(locales, { hour: 'numeric', minute: '2-digit' });
    const dated = new Intl.DateTimeFormat(locales, {
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    });
    const day = new Intl.DateTimeFormat(locales, { weekday: 'long', day: 'numeric', month: 'long' });
    return {
      at: (iso) => {
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return '';
        return sameDay(date, new Date()) ? time.format(date) : dated.format(date);
      },
      range: (startsAt, endsAt) => time.formatRange(new Date(startsAt), new Date(endsAt)),
      day: (date) => day.format(date),
      zone: zoneName(locales),
    };
  }, [lang]);
}
