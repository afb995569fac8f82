import { Sky } from '@react-three/drei';

const SUN = [60, 70, 35] as const;

/** Late-afternoon sun over the steppe: warm key light with soft shadows and a sky-blue fill. */
export function Lighting({ shadows }: { shadows: boolean }) {
  return (
    <>
      <Sky sunPosition={SUN} turbidity={5} rayleigh={1.2} mieCoefficient={0.004} mieDirectionalG={0.85} />
      <fog attach="fog" args={['#cfe1ea', 90, 420]} />
      <hemisphereLight args={['#dceefc', '#b79a6e', 0.85]} />
      <directionalLight
        position={SUN}
        intensity={2.2}
        color="#fff1dc"
        castShadow={shadows}
        shadow-mapSize={[2048, 2048]}
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
