import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldError } from './contentErrors.ts';
import { FieldErrorMessage } from './FieldErrorMessage.tsx';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby'> {
  id: string;
  label: ReactNode;
  /** Shown under the field, e.g. what the text is for. */
  hint?: ReactNode;
  error?: FieldError | undefined;
}

/** A labelled single-line input with an optional hint and its error; other input attributes are passed on. */
export function TextInput({ id, label, hint, error, ...input }: TextInputProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldErrorMessage id={`${id}-error`} error={error} />
    </div>
  );
}
