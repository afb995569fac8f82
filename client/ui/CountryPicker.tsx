import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { CountryId } from '../../shared/countries.ts';
import { CountryCards } from './CountryCards.tsx';

export interface CountryPickerProps {
  catalogue: Catalogue;
  value: CountryId | null;
  onChange(country: CountryId): void;
  error?: string | undefined;
}

/** The member states and observers as a radio group of flag cards. */
export function CountryPicker({ catalogue, value, onChange, error }: CountryPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field country-picker" aria-describedby={error ? 'country-error' : undefined}>
      <legend>{t('landing.countryLabel')}</legend>
      <CountryCards catalogue={catalogue} name="country" value={value} onChange={onChange} />
      {error && (
        <p id="country-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
