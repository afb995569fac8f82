import { Html } from '@react-three/drei';
import { useEffect } from 'react';
import { REACTION_LIMITS } from '../../../shared/reactions.ts';
import { useReactions } from '../../state/reactions.ts';
import { EmoteIcon } from '../../ui/reactions/EmoteIcon.tsx';
import './reactionBubble.css';

/** The reaction someone just sent, floating above their avatar for a few seconds. `who` is their session (or SELF). */
export function ReactionBubble({ who }: { who: string }) {
  const shown = useReactions((s) => s.shown[who]);

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => useReactions.getState().expire(who, shown.seq), REACTION_LIMITS.shownMs);
    return () => clearTimeout(timer);
  }, [who, shown]);

  if (!shown) return null;
  return (
    // A DOM bubble above the 3D scene: the drawing stays crisp at any distance and costs no texture.
    <Html position-y={3.05} center zIndexRange={[20, 0]} pointerEvents="none">
      <span key={shown.seq} className="reaction-bubble" data-emote={shown.emote} data-who={who} aria-hidden="true">
        <EmoteIcon emote={shown.emote} size={30} />
      </span>
    </Html>
  );
}
