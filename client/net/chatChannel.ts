import type { Room } from 'colyseus.js';
import { ChatDelete, ChatDeleted, ChatHistory, ChatMessage, ChatMessages, ChatSend } from '../../shared/chat.ts';
import { MESSAGES, Notice as ServerNotice } from '../../shared/protocol.ts';
import { useChat, type ChatTab } from '../state/chat.ts';
import { useHud } from '../state/hud.ts';
import { useSession } from '../state/session.ts';
import { isCurrentRoom, sendChecked, type SendResult } from './rooms.ts';

const selfId = () => useSession.getState().session?.user.id;

/** Chat lines of every kind, the recent history on joining, deletions, and notices meant for this visitor alone. */
export function listenToChat(next: Room): void {
  next.onMessage(MESSAGES.chat, (raw: unknown) => {
    const message = ChatMessage.safeParse(raw);
    if (!isCurrentRoom(next) || !message.success) return;
    useChat.getState().receive(message.data, { selfId: selfId(), panelOpen: useHud.getState().chat });
  });
  next.onMessage(MESSAGES.chatHistory, (raw: unknown) => {
    const history = ChatHistory.safeParse(raw);
    if (isCurrentRoom(next) && history.success) useChat.getState().receiveHistory(history.data.messages, selfId());
  });
  next.onMessage(ChatMessages.deleted, (raw: unknown) => {
    const deleted = ChatDeleted.safeParse(raw);
    if (isCurrentRoom(next) && deleted.success) useChat.getState().deleted(deleted.data.id);
  });
  next.onMessage(MESSAGES.notice, (raw: unknown) => {
    const notice = ServerNotice.safeParse(raw);
    if (isCurrentRoom(next) && notice.success) useChat.getState().receiveNotice(notice.data);
  });
}

/**
 * Says something to the room, to the people nearby, or to one person (`toId`); the message
 * comes back from the server like anyone else's.
 */
export function sendChat(kind: ChatTab, text: string, toId?: string): SendResult {
  const body: ChatSend = { kind, text, ...(kind === 'direct' ? { toId } : {}) };
  return sendChecked(MESSAGES.chat, ChatSend, body, (data) => useChat.getState().sent(data.text));
}

/** Organisers only (the server checks): deletes a message for everyone who has it. */
export const deleteMessage = (id: string) => sendChecked(ChatMessages.delete, ChatDelete, { id });
