import { Billboard, Text, useTexture } from '@react-three/drei';
import { SRGBColorSpace } from 'three';
import type { CountryId } from '../../../shared/countries.ts';
import { FONTS, flagUrl } from '../assetUrls.ts';

export interface AvatarLabelProps {
  name: string;
  country: CountryId;
  away?: boolean;
}

/** Name and flag floating above an avatar, always facing the camera; text is never parsed as markup. */
export function AvatarLabel({ name, country, away }: AvatarLabelProps) {
  const flag = useTexture(flagUrl(country), (texture) => {
    texture.colorSpace = SRGBColorSpace;
  });
  return (
    <Billboard position-y={2.25}>
      <mesh position-x={-0.05} position-y={0.26}>
        <planeGeometry args={[0.36, 0.24]} />
        <meshBasicMaterial map={flag} toneMapped={false} />
      </mesh>
      <Text
        font={FONTS.bold}
        fontSize={0.24}
        color={away ? '#b8c4cc' : '#ffffff'}
        outlineWidth={0.025}
        outlineColor="#0b2a3a"
        anchorX="center"
        anchorY="middle"
        maxWidth={4}
      >
        {name}
      </Text>
    </Billboard>
  );
}
