import type { Room } from 'colyseus.js';
import { Reaction, ReactionMessages, ReactionSend, type Emote } from '../../shared/reactions.ts';
import { SELF, useReactions } from '../state/reactions.ts';
import { isCurrentRoom, sendChecked } from './rooms.ts';

/** Reactions of the people near the visitor (their own included), shown above the avatars. */
export function listenToReactions(next: Room): void {
  useReactions.getState().clear();
  next.onMessage(ReactionMessages.react, (raw: unknown) => {
    const reaction = Reaction.safeParse(raw);
    if (!isCurrentRoom(next) || !reaction.success) return;
    const { sessionId, emote } = reaction.data;
    useReactions.getState().show(sessionId === next.sessionId ? SELF : sessionId, emote);
  });
}

export const sendReaction = (emote: Emote) => sendChecked(ReactionMessages.react, ReactionSend, { emote });
