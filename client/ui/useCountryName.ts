import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../shared/countries.ts';
import { localize, type Lang } from '../../shared/languages.ts';
import { useSession } from '../state/session.ts';

/** A country's name in the interface language, taken from its pavilion in the catalogue. */
export function useCountryName(): (country: CountryId) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const catalogue = useSession((s) => s.catalogue);
  return useCallback(
    (country) => {
      const pavilion = catalogue?.pavilions.find((p) => p.country === country);
      return pavilion ? localize(pavilion.name, lang) : country.toUpperCase();
    },
    [catalogue, lang],
  );
}
