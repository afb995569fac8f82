import type { CountryId } from '../../shared/countries.ts';
import { flagUrl } from '../world/assetUrls.ts';

/** A decorative flag; the country's name is always written next to it. */
export function Flag({ country, size = 24 }: { country: CountryId; size?: number }) {
  return <img className="flag" src={flagUrl(country)} alt="" width={(size * 3) / 2} height={size} />;
}
