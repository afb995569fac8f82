import type { CountryId } from '../../../shared/countries.ts';
import { useSession } from '../../state/session.ts';

export const FALLBACK_COLORS = { primary: '#2b7a8c', accent: '#f2c14e' };

/** An avatar wears its country's pavilion colours. */
export function useCountryColors(country: CountryId): { primary: string; accent: string } {
  return useSession((s) => s.catalogue?.pavilions.find((p) => p.country === country)?.colors ?? FALLBACK_COLORS);
}
