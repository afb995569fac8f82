import { Sky } from '@react-three/drei';
import { useRef } from 'react';
import type { DirectionalLight } from 'three';
import { useStillShadows } from './shadows/useStillShadows.ts';
import { SUN } from './sun.ts';

/**
 * Late-afternoon sun over the steppe: warm key light with soft shadows and a sky-blue fill.
 * The quality preset sets the shadow map's size (0: no shadows) and where the fog closes in.
 */
export function Lighting({ shadowMapSize, fog }: { shadowMapSize: number; fog: [number, number] }) {
  const sun = useRef<DirectionalLight>(null);
  useStillShadows(sun);
  return (
    <>
      <Sky sunPosition={SUN} turbidity={5} rayleigh={1.2} mieCoefficient={0.004} mieDirectionalG={0.85} />
      <fog attach="fog" args={['#cfe1ea', ...fog]} />
      <hemisphereLight args={['#dceefc', '#b79a6e', 0.85]} />
      <directionalLight
        // A new size needs a new shadow map: the light is made afresh rather than resized in place.
        key={shadowMapSize}
        ref={sun}
        position={SUN}
        intensity={2.2}
        color="#fff1dc"
        castShadow={shadowMapSize > 0}
        shadow-mapSize={[shadowMapSize || 512, shadowMapSize || 512]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.04}
        shadow-camera-left={-95}
        shadow-camera-right={95}
        shadow-camera-top={95}
        shadow-camera-bottom={-95}
        shadow-camera-near={10}
        shadow-camera-far={260}
      />
    </>
  );
}
