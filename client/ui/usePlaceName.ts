import { useTranslation } from 'react-i18next';
import { localize, type Lang } from '../../shared/languages.ts';
import type { Zone } from '../../shared/world/world.ts';
import { useSession } from '../state/session.ts';

/** The translated name of a zone: the plaza or a pavilion's country. */
export function usePlaceName(): (zone: Zone) => string {
  const { t, i18n } = useTranslation();
  const catalogue = useSession((s) => s.catalogue);
  const lang = i18n.resolvedLanguage as Lang;
  return (zone) => {
    if (zone.kind === 'plaza') return t('world.plaza');
    const pavilion = catalogue?.pavilions.find((p) => p.id === zone.id);
    return pavilion ? localize(pavilion.name, lang) : zone.id;
  };
}
