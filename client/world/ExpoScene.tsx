import { Canvas } from '@react-three/fiber';
import { Suspense, useEffect } from 'react';
import { ACESFilmicToneMapping } from 'three';
import type { SessionUser } from '../../shared/api.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import { localize, type Lang } from '../../shared/languages.ts';
import type { ExpoWorld } from '../../shared/world/world.ts';
import { ExpoGround } from './architecture/ExpoGround.tsx';
import { PavilionBuilding } from './architecture/PavilionBuilding.tsx';
import { Avatars } from './avatars/Avatars.tsx';
import { BoothProximity } from './booths/BoothProximity.tsx';
import { BoothStands } from './booths/BoothStands.tsx';
import { LocalAvatar } from './avatars/LocalAvatar.tsx';
import { CameraRig } from './CameraRig.tsx';
import { KeyboardControls } from './controls/KeyboardControls.tsx';
import { PlayerController } from './controls/PlayerController.tsx';
import { Lighting } from './Lighting.tsx';
import { DrawDistance } from './quality/DrawDistance.tsx';
import { FrameRateGuard } from './quality/FrameRateGuard.tsx';
import { useQualityPreset } from '../state/quality.ts';
import { RendererDiagnostics } from './quality/RendererDiagnostics.tsx';
import { FigureShadows } from './shadows/FigureShadows.tsx';
import { StageScreens } from './stage/StageScreens.tsx';
import { WalkOnClick } from './WalkOnClick.tsx';
import { useTranslation } from 'react-i18next';

export interface ExpoSceneProps {
  catalogue: Catalogue;
  world: ExpoWorld;
  user: SessionUser;
  lang: Lang;
  onReady(): void;
}

/** Marks the scene as drawn once everything inside the Suspense boundary has loaded. */
function Ready({ onReady }: { onReady(): void }) {
  useEffect(onReady, [onReady]);
  return null;
}

/** The 3D expo: ground, pavilions from the catalogue, everyone in the room, and the visitor. */
export function ExpoScene({ catalogue, world, user, lang, onReady }: ExpoSceneProps) {
  const preset = useQualityPreset();
  const { t } = useTranslation();
  return (
    <Canvas
      shadows={preset.shadowMapSize > 0}
      dpr={preset.dpr}
      camera={{ fov: 55, near: 0.1, far: preset.drawDistance, position: [0, 4, 24] }}
      gl={{ antialias: true, toneMapping: ACESFilmicToneMapping }}
      role="img"
      aria-label={t('a11y.scene')}
    >
      <Lighting shadowMapSize={preset.shadowMapSize} fog={preset.fog} />
      <DrawDistance />
      <RendererDiagnostics />
      <Suspense fallback={null}>
        <WalkOnClick world={world}>
          <ExpoGround placements={world.placements} />
          {catalogue.pavilions.map((pavilion) => (
            <PavilionBuilding
              key={pavilion.id}
              pavilion={pavilion}
              placement={world.pavilion(pavilion.id)!}
              label={localize(pavilion.name, lang)}
            />
          ))}
          <BoothStands catalogue={catalogue} world={world} />
          <StageScreens catalogue={catalogue} world={world} />
        </WalkOnClick>
        <LocalAvatar user={user} />
        <Avatars />
        <FigureShadows world={world} />
        <Ready onReady={onReady} />
        {/* Inside the boundary: loading, texture uploads and shader compiles are no verdict on the device. */}
        <FrameRateGuard />
      </Suspense>
      <KeyboardControls />
      <PlayerController world={world} />
      <BoothProximity world={world} />
      <CameraRig world={world} />
    </Canvas>
  );
}
