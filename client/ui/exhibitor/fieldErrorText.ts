import type { TFunction } from 'i18next';
import { LANGUAGE_NAMES } from '../../../shared/languages.ts';
import type { FieldError } from './contentErrors.ts';

/** The error in words; when a limit is broken in some languages only, they are named. */
export function fieldErrorText(t: TFunction, error: FieldError, uiLang: string): string {
  const text = t(error.key, error.values);
  if (error.key !== 'exhibitor.validation.tooLongEach' || error.langs.length === 0) return text;
  const names = new Intl.ListFormat(uiLang, { type: 'conjunction' }).format(error.langs.map((l) => LANGUAGE_NAMES[l]));
  return `${text} (${names})`;
}
