import { create } from 'zustand';
import type { Emote } from '../../shared/reactions.ts';

/** Whose avatar a reaction floats above: a session in the room, or the visitor's own. */
export const SELF = 'self';

export interface ShownReaction {
  emote: Emote;
  /** Numbered, so that the same reaction twice starts its bubble afresh. */
  seq: number;
}

interface ReactionsState {
  shown: Record<string, ShownReaction>;
  show(who: string, emote: Emote): void;
  /** The bubble's time is up, unless a newer reaction replaced it meanwhile. */
  expire(who: string, seq: number): void;
  clear(): void;
}

let seq = 0;

/** The reactions showing above avatars now, by session. */
export const useReactions = create<ReactionsState>((set) => ({
  shown: {},
  show: (who, emote) => set((s) => ({ shown: { ...s.shown, [who]: { emote, seq: ++seq } } })),
  expire: (who, at) =>
    set((s) => {
      if (s.shown[who]?.seq !== at) return s;
      const { [who]: _gone, ...rest } = s.shown;
      return { shown: rest };
    }),
  clear: () => set({ shown: {} }),
}));
