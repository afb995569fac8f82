import { useTranslation } from 'react-i18next';
import type { FieldError } from './contentErrors.ts';
import { fieldErrorText } from './fieldErrorText.ts';

/** The error under a field, in words; nothing when the field is fine. Its id is what the field's aria-describedby names. */
export function FieldErrorMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {fieldErrorText(t, error, i18n.resolvedLanguage ?? 'en')}
    </p>
  );
}
