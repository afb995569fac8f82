import { create } from 'zustand';
import type { ChatKind } from '../../shared/chat.ts';
import type { Notice } from '../../shared/protocol.ts';
import {
  appendMessages,
  markDeleted,
  muteAfter,
  peerOf,
  withHistory,
  type ChatMessage,
  type Mute,
  type Peer,
} from './chatLog.ts';

/** The last notice the server sent, numbered so that the same notice twice still counts as new. */
export interface ChatNotice extends Notice {
  seq: number;
}

export type ChatTab = ChatKind;

interface Unread {
  room: number;
  nearby: number;
  /** By the other person's user id. */
  direct: Record<string, number>;
}

interface ChatState {
  /** The current room's messages, oldest first; the same for what was said nearby. */
  room: ChatMessage[];
  nearby: ChatMessage[];
  /** The visitor's direct messages with anyone, oldest first; kept across rooms. */
  direct: ChatMessage[];
  tab: ChatTab;
  /** The person whose conversation the Direct tab shows; null shows the list of conversations. */
  peer: Peer | null;
  unreadBy: Unread;
  /** Everything unread together, for the dock's badge. */
  unread: number;
  /** Set while an organiser has muted the visitor; every room tells of a mute again on joining. */
  mute: Mute | null;
  notice: ChatNotice | null;
  /** The text of the last message sent, so a refused one can be put back into the input. */
  lastSent: string;
  /** What the visitor is writing; kept while the panel is closed and across rooms. */
  draft: string;
  /** A new room: its own messages, nothing unread there, no stale notice or mute (the room repeats a mute). */
  enterRoom(): void;
  /** Left the expo: nothing of this session remains. */
  clear(): void;
  /** A message from the server; `panelOpen` when the chat is open, so that one in view is read at once. */
  receive(message: ChatMessage, how: { selfId: string | undefined; panelOpen: boolean }): void;
  receiveHistory(messages: ChatMessage[], selfId: string | undefined): void;
  /** An organiser deleted a message: it stays in place, without its text. */
  deleted(id: string): void;
  receiveNotice(notice: Notice): void;
  sent(text: string): void;
  setDraft(draft: string): void;
  dismissNotice(): void;
  /** What the panel shows now has been read. */
  markRead(): void;
  showTab(tab: ChatTab): void;
  /** Opens the conversation with `peer` (null: back to the list of conversations). */
  openConversation(peer: Peer | null): void;
}

let seq = 0;

const NO_UNREAD: Unread = { room: 0, nearby: 0, direct: {} };

function total(unread: Unread): number {
  return unread.room + unread.nearby + Object.values(unread.direct).reduce((sum, n) => sum + n, 0);
}

/** The unread counts with the view of `tab` (and `peer`) read. */
function readView(unread: Unread, tab: ChatTab, peer: Peer | null): Unread {
  if (tab !== 'direct') return { ...unread, [tab]: 0 };
  if (!peer) return unread;
  const { [peer.id]: _read, ...direct } = unread.direct;
  return { ...unread, direct };
}

function withUnread(unread: Unread) {
  return { unreadBy: unread, unread: total(unread) };
}

export const useChat = create<ChatState>((set) => ({
  room: [],
  nearby: [],
  direct: [],
  tab: 'room',
  peer: null,
  unreadBy: NO_UNREAD,
  unread: 0,
  mute: null,
  notice: null,
  lastSent: '',
  draft: '',
  enterRoom: () =>
    set((s) => ({
      room: [],
      nearby: [],
      notice: null,
      mute: null,
      ...withUnread({ ...s.unreadBy, room: 0, nearby: 0 }),
    })),
  clear: () =>
    set({
      room: [],
      nearby: [],
      direct: [],
      tab: 'room',
      peer: null,
      ...withUnread(NO_UNREAD),
      notice: null,
      mute: null,
      lastSent: '',
      draft: '',
    }),
  receive: (message, { selfId, panelOpen }) =>
    set((s) => {
      const log = appendMessages(s[message.kind], [message]);
      if (log === s[message.kind]) return s;
      const mine = message.fromId === selfId;
      // The visitor's own message came back: it got through, so there is nothing to put back.
      const lastSent = mine && message.text === s.lastSent ? '' : s.lastSent;
      const peer = message.kind === 'direct' ? peerOf(message, selfId) : null;
      const inView = panelOpen && s.tab === message.kind && (!peer || s.peer?.id === peer.id);
      if (mine || inView) return { [message.kind]: log, lastSent };
      const unread = peer
        ? { ...s.unreadBy, direct: { ...s.unreadBy.direct, [peer.id]: (s.unreadBy.direct[peer.id] ?? 0) + 1 } }
        : { ...s.unreadBy, [message.kind]: s.unreadBy[message.kind as 'room' | 'nearby'] + 1 };
      return { [message.kind]: log, lastSent, ...withUnread(unread) };
    }),
  receiveHistory: (history) =>
    set((s) => ({
      room: withHistory(
        s.room,
        history.filter((m) => m.kind === 'room'),
      ),
      direct: withHistory(
        s.direct,
        history.filter((m) => m.kind === 'direct'),
      ),
    })),
  deleted: (id) =>
    set((s) => ({
      room: markDeleted(s.room, id),
      nearby: markDeleted(s.nearby, id),
      direct: markDeleted(s.direct, id),
    })),
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
  markRead: () => set((s) => withUnread(readView(s.unreadBy, s.tab, s.peer))),
  showTab: (tab) => set((s) => ({ tab, ...withUnread(readView(s.unreadBy, tab, s.peer)) })),
  openConversation: (peer) =>
    set((s) => ({ tab: 'direct', peer, ...withUnread(readView(s.unreadBy, 'direct', peer)) })),
}));
