import type { Catalogue } from '../../../shared/catalogue.ts';
import { CountryCards } from '../CountryCards.tsx';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { FieldErrorMessage } from '../exhibitor/FieldErrorMessage.tsx';

export interface CountryChoiceProps {
  /** Names the radio group and its ids. */
  name: string;
  legend: string;
  hint: string;
  catalogue: Catalogue;
  value: string;
  onChange(country: string): void;
  error: FieldError | undefined;
}

/** One of the pavilions' countries, as flag cards: member states, then observers (the landing page's look). */
export function CountryChoice({ name, legend, hint, catalogue, value, onChange, error }: CountryChoiceProps) {
  return (
    <fieldset
      className="field country-picker org-countries"
      aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <p id={`${name}-hint`} className="hint org-legend-hint">
        {hint}
      </p>
      <CountryCards catalogue={catalogue} name={name} value={value} onChange={onChange} />
      <FieldErrorMessage id={`${name}-error`} error={error} />
    </fieldset>
  );
}
