import { useTranslation } from 'react-i18next';
import { CountryId } from '../../../shared/countries.ts';
import { Lang, localize } from '../../../shared/languages.ts';
import { useSession } from '../../state/session.ts';
import { findBooth } from '../exhibitor/findBooth.ts';
import { useCountryName } from '../useCountryName.ts';
import { languageName } from './languageName.ts';

export interface ScopeName {
  name: string;
  /** The country whose flag goes with it: the booth's pavilion, the stage's, the delegation's. */
  country: CountryId | null;
}

/**
 * What an invitation's role is bound to, in the interface language: the booth's name, the stage's pavilion,
 * the delegation's country or the interpreter's language. Null for roles bound to nothing.
 */
export function useScopeName(): (role: string, scope: string | null) => ScopeName | null {
  const { i18n } = useTranslation();
  const catalogue = useSession((s) => s.catalogue);
  const countryName = useCountryName();
  const lang = i18n.resolvedLanguage as Lang;
  return (role, scope) => {
    if (scope === null) return null;
    if (role === 'exhibitor') {
      const found = catalogue ? findBooth(catalogue, scope) : null;
      if (!found) return { name: scope, country: null };
      return { name: localize(found.booth.content.name, lang), country: found.pavilion.country };
    }
    const country = CountryId.safeParse(scope);
    if ((role === 'speaker' || role === 'delegate') && country.success) {
      return { name: countryName(country.data), country: country.data };
    }
    const language = Lang.safeParse(scope);
    if (role === 'interpreter' && language.success) return { name: languageName(language.data, lang), country: null };
    return { name: scope, country: null };
  };
}
