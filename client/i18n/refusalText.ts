import i18next, { type TFunction } from 'i18next';
import type { Refusal } from '../../shared/refusals.ts';
import { regionalLocales } from './useSlotTime.ts';

/**
 * Why the server refused something, in the interface language: its code translated, with the
 * parameters it names. A clash's times are written as the language writes a date range, in the
 * visitor's own time zone; a hall is named as the interface names it. No refusal given (an older
 * server, a bug) reads as "the server did not say why", never as the server's English.
 */
export function refusalText(t: TFunction, refusal: Refusal | undefined): string {
  if (!refusal) return t('errors.refusal.unknown');
  const params: Record<string, string | number> = { ...refusal.params };
  const { from, to, hallId, days } = params;
  if (typeof from === 'string' && typeof to === 'string') params.when = dateRange(from, to);
  if (typeof hallId === 'string') params.hall = t(`meetings.halls.${hallId}`, { defaultValue: params.hall ?? hallId });
  if (typeof days === 'number') params.count = days;
  return t(`errors.refusal.${refusal.code}`, params);
}

function dateRange(from: string, to: string): string {
  const format = new Intl.DateTimeFormat(regionalLocales(i18next.resolvedLanguage ?? 'en'), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return format.formatRange(new Date(from), new Date(to));
}
