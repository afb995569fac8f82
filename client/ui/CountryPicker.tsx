import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { CountryId } from '../../shared/countries.ts';
import { localize, type Lang } from '../../shared/languages.ts';
import { Flag } from './Flag.tsx';

export interface CountryPickerProps {
  catalogue: Catalogue;
  value: CountryId | null;
  onChange(country: CountryId): void;
  error?: string | undefined;
}

/** The member states and observers as a radio group of flag cards. */
export function CountryPicker({ catalogue, value, onChange, error }: CountryPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const groups = [
    { title: t('landing.memberStates'), pavilions: catalogue.pavilions.filter((p) => !p.observer) },
    { title: t('landing.observers'), pavilions: catalogue.pavilions.filter((p) => p.observer) },
  ];
  return (
    <fieldset className="field country-picker" aria-describedby={error ? 'country-error' : undefined}>
      <legend>{t('landing.countryLabel')}</legend>
      {groups.map((group) => (
        <div key={group.title} className="country-group">
          <div className="country-group-title">{group.title}</div>
          <div className="country-grid">
            {group.pavilions.map((p) => (
              <label key={p.id} className={value === p.country ? 'country-card selected' : 'country-card'}>
                <input
                  type="radio"
                  name="country"
                  value={p.country}
                  checked={value === p.country}
                  onChange={() => onChange(p.country)}
                />
                <Flag country={p.country} />
                <span>{localize(p.name, lang)}</span>
              </label>
            ))}
          </div>
        </div>
      ))}
      {error && (
        <p id="country-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
