import { useFrame } from '@react-three/fiber';
import { Billboard } from '@react-three/drei';
import { useRef } from 'react';
import type { Group } from 'three';
import { useVoice } from '../../state/voice.ts';

/** Above the name and flag (AvatarLabel sits at 2.25 m). */
const HEIGHT = 2.85;
const BARS = [0.55, 1, 0.7];

/**
 * Three small bars that bounce above an avatar while its person speaks (LiveKit's active
 * speakers); nothing is drawn otherwise. `userId` is the LiveKit identity.
 */
export function SpeakingIndicator({ userId }: { userId: string }) {
  const speaking = useVoice((s) => s.speaking.includes(userId));
  const bars = useRef<Group>(null);
  useFrame(({ clock }) => {
    const group = bars.current;
    if (!group) return;
    group.children.forEach((bar, i) => {
      bar.scale.y = 0.45 + 0.55 * Math.abs(Math.sin(clock.elapsedTime * 7 + i * 1.3)) * BARS[i]!;
    });
  });
  if (!speaking) return null;
  return (
    <Billboard position-y={HEIGHT}>
      <mesh>
        <circleGeometry args={[0.2, 24]} />
        <meshBasicMaterial color="#0b2a3a" transparent opacity={0.85} toneMapped={false} />
      </mesh>
      <group ref={bars} position-z={0.01}>
        {BARS.map((_, i) => (
          <mesh key={i} position-x={(i - 1) * 0.085}>
            <planeGeometry args={[0.05, 0.22]} />
            <meshBasicMaterial color="#40c4c4" toneMapped={false} />
          </mesh>
        ))}
      </group>
    </Billboard>
  );
}
