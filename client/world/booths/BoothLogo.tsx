import { useTexture } from '@react-three/drei';
import { Suspense } from 'react';
import { SRGBColorSpace, type Texture } from 'three';
import { FallbackOnError } from './FallbackOnError.tsx';
import { monogramTexture } from './monogramTexture.ts';

function LogoPlane({ map }: { map: Texture }) {
  return (
    <mesh>
      <planeGeometry args={[1.15, 1.15]} />
      <meshBasicMaterial map={map} transparent toneMapped={false} />
    </mesh>
  );
}

function UploadedLogo({ url }: { url: string }) {
  const map = useTexture(url, (t) => {
    t.colorSpace = SRGBColorSpace;
  });
  return <LogoPlane map={map} />;
}

/** The exhibitor's uploaded logo, or their initials until it has loaded or if there is none. */
export function BoothLogo({ url, name, color }: { url: string | null; name: string; color: string }) {
  const monogram = <LogoPlane map={monogramTexture(name, color)} />;
  if (!url) return monogram;
  return (
    <FallbackOnError key={url} fallback={monogram}>
      <Suspense fallback={monogram}>
        <UploadedLogo url={url} />
      </Suspense>
    </FallbackOnError>
  );
}
