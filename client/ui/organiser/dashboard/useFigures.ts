import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Lang } from '../../../../shared/languages.ts';
import { hallLabel } from '../../../i18n/hallLabel.ts';
import { regionalLocales } from '../../../i18n/useSlotTime.ts';
import { useSession } from '../../../state/session.ts';
import { findBooth } from '../../exhibitor/findBooth.ts';
import { formatNumber } from '../../exhibitor/formatters.ts';

/**
 * How the dashboard writes its figures and names: numbers and times by Intl (times as the browser's own
 * variant of the language writes them, so en-GB reads 14:30:05), booths and halls in the interface language.
 */
export function useFigures() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const catalogue = useSession((s) => s.catalogue);
  const number = useCallback((n: number) => formatNumber(lang, n), [lang]);
  const clock = useCallback(
    (at: string | Date) =>
      new Intl.DateTimeFormat(regionalLocales(lang), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
        new Date(at),
      ),
    [lang],
  );
  const time = useCallback(
    (at: string) =>
      new Intl.DateTimeFormat(regionalLocales(lang), { hour: '2-digit', minute: '2-digit' }).format(new Date(at)),
    [lang],
  );
  const boothName = useCallback(
    (boothId: string) => {
      const found = catalogue ? findBooth(catalogue, boothId) : null;
      return found ? localize(found.booth.content.name, lang as Lang) : boothId;
    },
    [catalogue, lang],
  );
  const hallName = useCallback((hallId: string, name: string) => hallLabel(t, { id: hallId, name }), [t]);
  return { number, clock, time, boothName, hallName };
}
