import { onePanelAtATime, useHud } from '../../state/hud.ts';
import { useChat } from '../../state/chat.ts';
import type { Peer } from '../../state/chatLog.ts';

/** Opens the chat on the conversation with `peer`, ready to type (from People, or a message's author). */
export function startConversation(peer: Peer): void {
  useChat.getState().openConversation(peer);
  useHud.getState().open('chat', onePanelAtATime());
  requestAnimationFrame(() => document.getElementById('chat-input')?.focus());
}
