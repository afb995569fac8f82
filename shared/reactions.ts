import { z } from 'zod';

/** The reactions a visitor can show above their avatar, in the order of the bar (and number keys 1–6). */
export const EMOTES = ['wave', 'applause', 'heart', 'laugh', 'thumbsUp', 'celebrate'] as const;
export const Emote = z.enum(EMOTES);
export type Emote = z.infer<typeof Emote>;

export const REACTION_LIMITS = {
  /** A burst of this many, then one every `intervalMs`: enough to applaud, not to flood a hall. */
  burst: 4,
  intervalMs: 1000,
  /** How long a reaction floats above the avatar. */
  shownMs: 3000,
} as const;

export const ReactionMessages = {
  /** client → server: show this reaction (ReactionSend); server → nearby clients: someone reacted (Reaction). */
  react: 'reaction',
} as const;

export const ReactionSend = z.object({ emote: Emote });
export type ReactionSend = z.infer<typeof ReactionSend>;

/** Who reacted (their session in the room, to find the avatar) and how. */
export const Reaction = z.object({ sessionId: z.string(), emote: Emote });
export type Reaction = z.infer<typeof Reaction>;
