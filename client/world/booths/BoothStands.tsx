import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { useUi } from '../../state/ui.ts';
import { useWorld } from '../../state/world.ts';
import { InteriorOnly } from '../quality/InteriorOnly.tsx';
import { BoothStand } from './BoothStand.tsx';

/** Every pavilion's stands, where the shared layout puts them (the same places the server collides with). */
export function BoothStands({ catalogue, world }: { catalogue: Catalogue; world: ExpoWorld }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const staff = useWorld((s) => s.staff);
  const openBooth = useUi((s) => s.openBooth);
  return (
    <>
      {catalogue.pavilions.map((pavilion) => {
        const building = world.pavilion(pavilion.id);
        if (!building) return null;
        return (
          <InteriorOnly key={pavilion.id} placement={building}>
            {pavilion.booths.map((booth) => {
              const placement = world.booths.find((b) => b.id === booth.id);
              if (!placement) return null;
              return (
                <BoothStand
                  key={booth.id}
                  booth={booth}
                  placement={placement}
                  name={localize(booth.content.name, lang)}
                  tagline={localize(booth.content.tagline, lang)}
                  color={pavilion.colors.primary}
                  staffOnline={(staff[booth.id] ?? 0) > 0}
                  staffLabel={t('booth.staffOnline')}
                  sampleLabel={t('booth.sample')}
                  onOpen={openBooth}
                />
              );
            })}
          </InteriorOnly>
        );
      })}
    </>
  );
}
