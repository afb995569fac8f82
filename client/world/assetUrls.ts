import type { CountryId } from '../../shared/countries.ts';
import boldFont from '../../assets/fonts/NotoSans-Bold.ttf?url';
import regularFont from '../../assets/fonts/NotoSans-Regular.ttf?url';

/** Bundled fonts covering every letter of the nine languages, for 3D text (troika). */
export const FONTS = { regular: regularFont, bold: boldFont } as const;

const flagFiles = import.meta.glob<string>('../../assets/flags/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

export function flagUrl(country: CountryId): string {
  const url = flagFiles[`../../assets/flags/${country}.svg`];
  if (!url) throw new Error(`no flag drawn for ${country}`);
  return url;
}
