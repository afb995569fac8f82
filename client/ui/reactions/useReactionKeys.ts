import { useEffect } from 'react';
import { EMOTES } from '../../../shared/reactions.ts';
import { sendReaction } from '../../net/reactions.ts';

/** Number keys 1–6 react while nothing in particular has the focus (the world itself), never while typing. */
export function useReactionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return;
      const emote = EMOTES[Number(e.key) - 1];
      if (!emote || !/^[1-9]$/.test(e.key)) return;
      const target = e.target;
      if (target !== document.body && !(target instanceof HTMLCanvasElement)) return;
      e.preventDefault();
      sendReaction(emote);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
