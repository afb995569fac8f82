import { useTranslation } from 'react-i18next';
import { dateTimeFormatter } from '../exhibitor/formatters.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: string): Intl.DateTimeFormat {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = dateTimeFormatter(lang);
    formatters.set(lang, formatter);
  }
  return formatter;
}

/** A moment as the interface language writes dates and times. */
export function DateTime({ at }: { at: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={at}>{formatterFor(i18n.resolvedLanguage ?? 'en').format(new Date(at))}</time>;
}
