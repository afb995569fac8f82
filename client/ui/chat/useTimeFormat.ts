import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Formats a moment in the interface language: the time of day, with the date when it is not today. */
export function useTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
    const dated = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
    return (iso) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return '';
      return sameDay(date, new Date()) ? time.format(date) : dated.format(date);
    };
  }, [lang]);
}
