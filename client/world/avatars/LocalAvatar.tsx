import { useFrame } from '@react-three/fiber';
import { Suspense, useRef } from 'react';
import type { Group } from 'three';
import type { SessionUser } from '../../../shared/api.ts';
import { ANIMS } from '../../../shared/protocol.ts';
import { SELF } from '../../state/reactions.ts';
import { motion } from '../motion.ts';
import { AvatarFigure } from './AvatarFigure.tsx';
import { AvatarLabel } from './AvatarLabel.tsx';
import { ReactionBubble } from './ReactionBubble.tsx';
import { SpeakingIndicator } from './SpeakingIndicator.tsx';
import { bob } from './bob.ts';
import { useCountryColors } from './useCountryColors.ts';

/** The visitor's own avatar, drawn where the client predicts it (the server corrects if needed). */
export function LocalAvatar({ user }: { user: SessionUser }) {
  const group = useRef<Group>(null);
  const figure = useRef<Group>(null);
  const colors = useCountryColors(user.country);
  useFrame(({ clock }) => {
    const g = group.current;
    if (!g) return;
    g.visible = motion.placed;
    g.position.set(motion.self.x, 0, motion.self.z);
    g.rotation.y = motion.self.ry;
    if (figure.current) {
      figure.current.position.y = motion.self.anim === ANIMS.idle ? 0 : bob(clock.elapsedTime, motion.self.anim);
    }
  });
  return (
    <group ref={group}>
      <group ref={figure}>
        <AvatarFigure primary={colors.primary} accent={colors.accent} />
      </group>
      <SpeakingIndicator userId={user.id} />
      <Suspense fallback={null}>
        <AvatarLabel name={user.name} country={user.country} />
      </Suspense>
      <ReactionBubble who={SELF} />
    </group>
  );
}
