import { useFrame } from '@react-three/fiber';
import { Suspense, useRef, useState } from 'react';
import type { Group } from 'three';
import { ANIMS } from '../../../shared/protocol.ts';
import type { RosterEntry } from '../../state/world.ts';
import { quality } from '../../state/quality.ts';
import { INTERPOLATION_DELAY_MS, motion, sampleAt, type Sample } from '../motion.ts';
import { AvatarFigure } from './AvatarFigure.tsx';
import { AvatarLabel } from './AvatarLabel.tsx';
import { ReactionBubble } from './ReactionBubble.tsx';
import { SpeakingIndicator } from './SpeakingIndicator.tsx';
import { useCountryColors } from './useCountryColors.ts';
import { bob } from './bob.ts';

const pose: Sample = { t: 0, x: 0, z: 0, ry: 0, anim: 0 };

/** Another visitor, drawn a little in the past so that movement between patches is smooth. */
export function RemoteAvatar({ id, entry }: { id: string; entry: RosterEntry }) {
  const group = useRef<Group>(null);
  const figure = useRef<Group>(null);
  const [labelled, setLabelled] = useState(true);
  const colors = useCountryColors(entry.country);

  useFrame(({ clock }) => {
    const g = group.current;
    if (!g || !sampleAt(motion.remote.get(id), performance.now() - INTERPOLATION_DELAY_MS, pose)) return;
    g.position.set(pose.x, 0, pose.z);
    g.rotation.y = pose.ry;
    if (figure.current) figure.current.position.y = pose.anim === ANIMS.idle ? 0 : bob(clock.elapsedTime, pose.anim);
    // Labels further than the preset's distance are hidden: unreadable anyway, and text is the costly part.
    const near = Math.hypot(pose.x - motion.self.x, pose.z - motion.self.z) < quality().labelDistance;
    if (near !== labelled) setLabelled(near);
  });

  return (
    <group ref={group}>
      <group ref={figure}>
        <AvatarFigure primary={colors.primary} accent={colors.accent} />
      </group>
      <SpeakingIndicator userId={entry.id} />
      {labelled && (
        // Its own boundary: a flag still loading must not blank the whole scene.
        <Suspense fallback={null}>
          <AvatarLabel name={entry.name} country={entry.country} away={entry.away} />
        </Suspense>
      )}
      <ReactionBubble who={id} />
    </group>
  );
}
