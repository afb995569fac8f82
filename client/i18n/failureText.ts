import i18next, { type TFunction } from 'i18next';
import { REFUSAL_TIME_PARAMS, type Refusal } from '../../shared/refusals.ts';
import { type ApiFailure, asApiFailure } from '../net/apiFailure.ts';
import { hallLabel } from './hallLabel.ts';
import { regionalLocales } from './useSlotTime.ts';

/**
 * Every failure the visitor reads is written here, by one rule: a refusal the server explained
 * reads as its code's sentence (framed as "not accepted: …" when the request itself was at
 * fault), anything else as its error code's explanation; never the server's English.
 */

/**
 * What went wrong, kept as data until shown, so it reads in the language current then and keeps
 * the server's reason with its parameters: a translation key of the page's own, or a failed call.
 */
export type Problem = string | ApiFailure;

/** A problem in words; `values` fill a page's own key (a failed call needs none). */
export function problemText(t: TFunction, problem: Problem, values?: Record<string, unknown>): string {
  return typeof problem === 'string' ? t(problem, values) : failureText(t, problem);
}

/**
 * A failed call in words. `refusedKey` lets a caller frame a refused request its own way; it
 * takes the reason as `{{message}}`.
 */
export function failureText(t: TFunction, error: unknown, refusedKey = 'errors.bad_request'): string {
  const failure = asApiFailure(error);
  const framed = failure.code === 'bad_request' || failure.code === 'conflict';
  if (!failure.refusal && !framed) return t(`errors.${failure.code}`);
  const message = refusalText(t, failure.refusal);
  if (failure.code === 'bad_request') return t(refusedKey, { message });
  // The server's reason says it all by itself ("Astana hall is already booked: …", "The meeting was cancelled.").
  return failure.refusal ? message : t('errors.conflict', { message });
}

/**
 * Why the server refused something, in the interface language: its code translated, with the
 * parameters it names. Times are written as the language writes them, in the visitor's own time
 * zone; a hall is named as the interface names it. No refusal given (an older server, a code this
 * client does not know) reads as "the server did not say why", never as the server's English.
 */
export function refusalText(t: TFunction, refusal: Refusal | undefined): string {
  if (!refusal) return t('errors.refusal.unknown');
  const params: Record<string, string | number> = { ...refusal.params };
  const { from, to, hallId, days } = params;
  if (typeof from === 'string' && typeof to === 'string') params.when = dateRange(from, to);
  for (const name of REFUSAL_TIME_PARAMS) {
    const value = params[name];
    if (name !== 'from' && name !== 'to' && typeof value === 'string') params[name] = instant(value);
  }
  if (typeof hallId === 'string') params.hall = hallLabel(t, { id: hallId, name: String(params.hall ?? hallId) });
  if (typeof days === 'number') params.count = days;
  return t(`errors.refusal.${refusal.code}`, params);
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

function format(): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(regionalLocales(i18next.resolvedLanguage ?? 'en'), DATE_TIME);
}

function dateRange(from: string, to: string): string {
  return format().formatRange(new Date(from), new Date(to));
}

function instant(at: string): string {
  return format().format(new Date(at));
}
