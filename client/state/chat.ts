import { create } from 'zustand';
import type { ChatMessage } from '../../shared/chat.ts';
import type { Notice } from '../../shared/protocol.ts';
import { appendMessages, muteAfter, withHistory, type Mute } from './chatLog.ts';

/** The last notice the server sent, numbered so that the same notice twice still counts as new. */
export interface ChatNotice extends Notice {
  seq: number;
}

interface ChatState {
  /** The current room's messages, oldest first. */
  messages: ChatMessage[];
  /** Messages that arrived while the chat was closed. */
  unread: number;
  /** Set while an organiser has muted the visitor; every room tells of a mute again on joining. */
  mute: Mute | null;
  notice: ChatNotice | null;
  /** The text of the last message sent, so a refused one can be put back into the input. */
  lastSent: string;
  /** What the visitor is writing; kept while the panel is closed and across rooms. */
  draft: string;
  /** A new room: its own messages, nothing unread, no stale notice or mute (the room repeats a mute). */
  enterRoom(): void;
  /** Left the expo: nothing of this session remains. */
  clear(): void;
  /** A message for the room; `mine` when the visitor sent it, `counted` when it is new to them. */
  receive(message: ChatMessage, how: { mine: boolean; counted: boolean }): void;
  receiveHistory(messages: ChatMessage[]): void;
  receiveNotice(notice: Notice): void;
  sent(text: string): void;
  setDraft(draft: string): void;
  dismissNotice(): void;
  markRead(): void;
}

let seq = 0;

export const useChat = create<ChatState>((set) => ({
  messages: [],
  unread: 0,
  mute: null,
  notice: null,
  lastSent: '',
  draft: '',
  enterRoom: () => set({ messages: [], unread: 0, notice: null, mute: null }),
  clear: () => set({ messages: [], unread: 0, notice: null, mute: null, lastSent: '', draft: '' }),
  receive: (message, { mine, counted }) =>
    set((s) => {
      const messages = appendMessages(s.messages, [message]);
      if (messages === s.messages) return s;
      // The visitor's own message came back: it got through, so there is nothing to put back.
      const lastSent = mine && message.text === s.lastSent ? '' : s.lastSent;
      return { messages, lastSent, unread: counted ? s.unread + 1 : s.unread };
    }),
  receiveHistory: (history) => set((s) => ({ messages: withHistory(s.messages, history) })),
  receiveNotice: (notice) =>
    set((s) => {
      // A refused message goes back into an empty input, so nothing the visitor wrote is lost.
      const giveBack = notice.kind !== 'unmuted' && !s.draft && s.lastSent;
      return {
        mute: muteAfter(s.mute, notice),
        notice: { ...notice, seq: ++seq },
        ...(giveBack ? { draft: s.lastSent, lastSent: '' } : {}),
      };
    }),
  sent: (text) => set({ lastSent: text, draft: '', notice: null }),
  setDraft: (draft) => set({ draft }),
  dismissNotice: () => set({ notice: null }),
  markRead: () => set({ unread: 0 }),
}));
