import type { ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import type { CountryId } from '../../../shared/countries.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { onePanelAtATime, useHud } from '../../state/hud.ts';
import { useMedia } from '../../state/media.ts';
import { InteriorOnly } from '../quality/InteriorOnly.tsx';
import { useWorld } from '../../state/world.ts';
import { localFootprint } from '../architecture/footprint.ts';
import { BACKDROP_HEIGHT } from '../booths/BoothStand.tsx';
import { StageScreen } from './StageScreen.tsx';
import { placeStageScreen, toLocal, type StageScreenPlacement } from './stageScreenPlacement.ts';
import { useIdleScreenTexture } from './useIdleScreenTexture.ts';
import { useIdleWords } from './useIdleWords.ts';
import { useStageVideoTexture } from './useStageVideoTexture.ts';

interface Hung {
  id: CountryId;
  position: [number, number, number];
  rotationY: number;
  screen: StageScreenPlacement;
}

/** Every pavilion's screen, hung on its back wall (clear of a stand that might stand there). */
function hangScreens(world: ExpoWorld, catalogue: Catalogue): Hung[] {
  return catalogue.pavilions.flatMap((pavilion) => {
    const placement = world.pavilion(pavilion.id);
    if (!placement) return [];
    const footprint = localFootprint(placement);
    const probe = placeStageScreen(pavilion.style, footprint.polygon, null);
    const blocked = world.booths.some((b) => {
      if (b.pavilionId !== pavilion.id) return false;
      const local = toLocal(placement.center, footprint.rotationY, b.center.x, b.center.z);
      return local.z < 0 && Math.abs(local.x) < probe.width / 2;
    });
    const screen = blocked ? placeStageScreen(pavilion.style, footprint.polygon, { height: BACKDROP_HEIGHT }) : probe;
    return [
      {
        id: pavilion.id,
        position: [placement.center.x, 0, placement.center.z] as [number, number, number],
        rotationY: footprint.rotationY,
        screen,
      },
    ];
  });
}

export interface StageScreensProps {
  catalogue: Catalogue;
  world: ExpoWorld;
}

/**
 * The stage screens of all pavilions. The one where the visitor is shows the live picture or
 * what comes next on its agenda, and a click on it opens the stage panel; the others, seen only
 * through their doors, just say "Stage".
 */
export function StageScreens({ catalogue, world }: StageScreensProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const here = useWorld((s) => (s.zone.kind === 'pavilion' ? s.zone.id : null));
  const videoKey = useMedia((s) => s.video?.key ?? null);
  const screens = useMemo(() => hangScreens(world, catalogue), [world, catalogue]);
  const pavilion = catalogue.pavilions.find((p) => p.id === here);
  const idleWords = useIdleWords(pavilion ? localize(pavilion.name, lang) : '');
  const idle = useIdleScreenTexture(idleWords);
  const elsewhere = useIdleScreenTexture({
    heading: t('stage.title'),
    label: '',
    title: t('stage.comeIn'),
    detail: '',
  });
  const live = useStageVideoTexture(videoKey);
  const openPanel = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    useHud.getState().open('stage', onePanelAtATime());
  };

  return (
    <>
      {screens.map(({ id, position, rotationY, screen }) => {
        const mine = id === here;
        const building = world.pavilion(id)!;
        return (
          <InteriorOnly key={id} placement={building}>
            <group position={position} rotation-y={rotationY} onClick={mine ? openPanel : undefined}>
              <StageScreen
                placement={screen}
                map={mine ? (videoKey ? live.texture : idle) : elsewhere}
                video={mine && videoKey ? live.video : null}
                liveLabel={t('stage.live')}
              />
            </group>
          </InteriorOnly>
        );
      })}
    </>
  );
}
