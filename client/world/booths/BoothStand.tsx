import { Text } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { useMemo, useState } from 'react';
import { BoxGeometry, MeshStandardMaterial } from 'three';
import type { Booth } from '../../../shared/booths.ts';
import { BOOTH, type BoothPlacement } from '../../../shared/world/booths.ts';
import { yawTowards } from '../../../shared/world/world.ts';
import { FONTS } from '../assetUrls.ts';
import { NearOnly } from '../quality/NearOnly.tsx';
import { CLICK_TOLERANCE_PX } from '../WalkOnClick.tsx';
import { BoothLogo } from './BoothLogo.tsx';

/** Height of the panel behind the counter (the screen on the back wall clears it where they meet). */
export const BACKDROP_HEIGHT = 2.9;
const COUNTER_HEIGHT = 1.05;
const counterGeometry = new BoxGeometry(BOOTH.width, COUNTER_HEIGHT, 0.55);
const backdropGeometry = new BoxGeometry(BOOTH.width, BACKDROP_HEIGHT, 0.12);
const topGeometry = new BoxGeometry(BOOTH.width + 0.08, 0.06, 0.63);
const panelMaterial = new MeshStandardMaterial({ color: '#f7f1e3', roughness: 0.8 });
const topMaterial = new MeshStandardMaterial({ color: '#3b2a1e', roughness: 0.45 });
const accentMaterials = new Map<string, MeshStandardMaterial>();

function accent(color: string): MeshStandardMaterial {
  let m = accentMaterials.get(color);
  if (!m) accentMaterials.set(color, (m = new MeshStandardMaterial({ color, roughness: 0.5 })));
  return m;
}

export interface BoothStandProps {
  booth: Booth;
  placement: BoothPlacement;
  name: string;
  tagline: string;
  color: string;
  staffOnline: boolean;
  staffLabel: string;
  sampleLabel: string;
  onOpen(id: string): void;
}

/** An exhibitor's stand: counter in the pavilion colour, backdrop with logo and name; click to open its card. */
export function BoothStand(props: BoothStandProps) {
  const { booth, placement, name, tagline, color, staffOnline, onOpen } = props;
  const [hovered, setHovered] = useState(false);
  const counterMaterial = useMemo(() => accent(color), [color]);
  const open = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    // The end of a drag that turned the camera is not a click on the booth.
    if (e.delta > CLICK_TOLERANCE_PX) return;
    onOpen(booth.id);
  };
  const half = BOOTH.depth / 2;
  return (
    <group
      position={[placement.center.x, 0, placement.center.z]}
      rotation-y={yawTowards(placement.facing)}
      onClick={open}
      onPointerOver={(e) => {
        e.stopPropagation();
        setHovered(true);
        document.body.style.cursor = 'pointer';
      }}
      onPointerOut={() => {
        setHovered(false);
        document.body.style.cursor = '';
      }}
    >
      <mesh
        geometry={backdropGeometry}
        material={panelMaterial}
        position={[0, BACKDROP_HEIGHT / 2, -half + 0.06]}
        castShadow
        receiveShadow
      />
      <mesh
        geometry={counterGeometry}
        material={counterMaterial}
        position={[0, COUNTER_HEIGHT / 2, half - 0.28]}
        castShadow
        receiveShadow
      />
      <mesh
        geometry={topGeometry}
        material={topMaterial}
        position={[0, COUNTER_HEIGHT + 0.03, half - 0.28]}
        castShadow
      />
      <NearOnly x={placement.center.x} z={placement.center.z}>
        <group position={[0, 2.15, -half + 0.13]}>
          <BoothLogo url={booth.logoUrl} name={name} color={color} />
        </group>
        <Text
          font={FONTS.bold}
          position={[0, 1.38, -half + 0.13]}
          fontSize={0.2}
          maxWidth={BOOTH.width - 0.3}
          textAlign="center"
          anchorY="middle"
          color={hovered ? '#17627a' : '#14232c'}
        >
          {name}
        </Text>
        <Text
          font={FONTS.regular}
          position={[0, 0.62, half + 0.005]}
          fontSize={0.11}
          maxWidth={BOOTH.width - 0.4}
          textAlign="center"
          anchorY="middle"
          color="#ffffff"
        >
          {tagline}
        </Text>
        {booth.sample && (
          <Text
            font={FONTS.bold}
            position={[BOOTH.width / 2 - 0.35, 2.78, -half + 0.13]}
            fontSize={0.1}
            color="#8a6d2f"
          >
            {props.sampleLabel}
          </Text>
        )}
        {staffOnline && (
          <group position={[0, COUNTER_HEIGHT + 0.45, half - 0.28]}>
            <mesh position-x={-0.55}>
              <sphereGeometry args={[0.07, 16, 12]} />
              <meshBasicMaterial color="#2ecc71" toneMapped={false} />
            </mesh>
            <Text
              font={FONTS.bold}
              fontSize={0.14}
              anchorX="left"
              position-x={-0.45}
              color="#1e7d46"
              outlineWidth={0.012}
              outlineColor="#ffffff"
            >
              {props.staffLabel}
            </Text>
          </group>
        )}
      </NearOnly>
    </group>
  );
}
