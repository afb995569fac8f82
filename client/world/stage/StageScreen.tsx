import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { BoxGeometry, PlaneGeometry, type Mesh, type Texture } from 'three';
import { sharedMaterials } from '../architecture/palette.ts';
import { useDisposable } from '../architecture/useDisposable.ts';
import { LiveBadge } from './LiveBadge.tsx';
import type { StageScreenPlacement } from './stageScreenPlacement.ts';

const FRAME = 0.12;
const DEPTH = 0.08;

export interface StageScreenProps {
  placement: StageScreenPlacement;
  /** What the screen shows: the idle card or the live picture. */
  map: Texture;
  /** The <video> behind a live picture, so the picture keeps its own proportions; null when idle. */
  video: HTMLVideoElement | null;
  liveLabel: string;
}

/**
 * The stage's screen on a pavilion's back wall, in the building's local frame: a gold frame,
 * a black panel, and the picture letterboxed to its own proportions when live.
 */
export function StageScreen({ placement, map, video, liveLabel }: StageScreenProps) {
  const { gold } = sharedMaterials();
  const { z, y, width, height } = placement;
  const picture = useRef<Mesh>(null);
  const shown = useRef({ w: 0, h: 0 });
  const geometry = useDisposable(
    () => ({
      frame: new BoxGeometry(width + FRAME * 2, height + FRAME * 2, DEPTH),
      panel: new PlaneGeometry(width, height),
    }),
    [width, height],
  );

  // A camera at 4:3 or a screen at 16:10 is fitted inside the 16:9 panel, never stretched.
  useFrame(() => {
    const mesh = picture.current;
    if (!mesh) return;
    const vw = video?.videoWidth ?? 0;
    const vh = video?.videoHeight ?? 0;
    if (vw === shown.current.w && vh === shown.current.h) return;
    shown.current.w = vw;
    shown.current.h = vh;
    const aspect = vw > 0 && vh > 0 ? vw / vh : width / height;
    const panel = width / height;
    mesh.scale.set(aspect >= panel ? 1 : aspect / panel, aspect >= panel ? panel / aspect : 1, 1);
  });

  return (
    <group position={[0, y, z]}>
      <mesh geometry={geometry.frame} material={gold} position-z={DEPTH / 2} castShadow />
      <mesh geometry={geometry.panel} position-z={DEPTH + 0.004}>
        <meshBasicMaterial color="#05080b" />
      </mesh>
      <mesh ref={picture} geometry={geometry.panel} position-z={DEPTH + 0.008}>
        <meshBasicMaterial map={map} toneMapped={false} />
      </mesh>
      {video && (
        <LiveBadge
          label={liveLabel}
          size={height * 0.09}
          position={[-width / 2 + height * 0.17, height / 2 - height * 0.09, DEPTH + 0.016]}
        />
      )}
    </group>
  );
}
