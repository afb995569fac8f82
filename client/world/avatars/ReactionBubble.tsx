import { Html } from '@react-three/drei';
import { useEffect } from 'react';
import { EMOTE_GLYPHS, REACTION_LIMITS } from '../../../shared/reactions.ts';
import { useReactions } from '../../state/reactions.ts';
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
    // A DOM bubble: colour emoji render as the system draws them, which 3D text cannot.
    <Html position-y={3.05} center zIndexRange={[20, 0]} pointerEvents="none">
      <span key={shown.seq} className="reaction-bubble" data-emote={shown.emote} data-who={who} aria-hidden="true">
        {EMOTE_GLYPHS[shown.emote]}
      </span>
    </Html>
  );
}
