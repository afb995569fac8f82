import type { ChatMessage as SentMessage } from '../../shared/chat.ts';
import type { Notice } from '../../shared/protocol.ts';

/** A message as the client keeps it: `deleted` once an organiser has deleted it (its text is gone then). */
export type ChatMessage = SentMessage & { deleted?: true };

/** How many messages of the current room the client keeps; older ones scroll away. */
export const CHAT_KEEP = 100;

/** An organiser's mute as the client knows it; `until` null means until an organiser lifts it. */
export interface Mute {
  until: string | null;
  reason: string;
}

/**
 * Adds messages to the log: ones already there (same id) are skipped, the rest keep the order
 * they arrived in, and only the newest `keep` stay.
 */
export function appendMessages(log: readonly ChatMessage[], incoming: readonly ChatMessage[], keep = CHAT_KEEP) {
  const seen = new Set(log.map((m) => m.id));
  const added = incoming.filter((m) => !seen.has(m.id) && (seen.add(m.id), true));
  if (!added.length) return log as ChatMessage[];
  const next = [...log, ...added];
  return next.length > keep ? next.slice(next.length - keep) : next;
}

/**
 * The room's history on joining goes before anything that arrived live meanwhile, so the log
 * reads oldest first even if a live message beat the history.
 */
export function withHistory(log: readonly ChatMessage[], history: readonly ChatMessage[], keep = CHAT_KEEP) {
  return appendMessages(appendMessages([], history, keep), log, keep);
}

/** The mute after a notice: set by 'muted', lifted by 'unmuted', unchanged by anything else. */
export function muteAfter(current: Mute | null, notice: Notice): Mute | null {
  if (notice.kind === 'muted') return { until: notice.until ?? null, reason: notice.reason ?? '' };
  if (notice.kind === 'unmuted') return null;
  return current;
}

/** Whether a mute still holds at `now` (ms since the epoch); a mute whose time has passed no longer does. */
export function isMuted(mute: Mute | null, now: number): boolean {
  if (!mute) return false;
  if (mute.until === null) return true;
  const until = Date.parse(mute.until);
  return Number.isNaN(until) || until > now;
}

/** Someone the visitor writes to directly. */
export interface Peer {
  id: string;
  name: string;
}

/** The other person of a direct message, as seen by `selfId`. */
export function peerOf(message: ChatMessage, selfId: string | undefined): Peer {
  return message.fromId === selfId && message.to ? message.to : { id: message.fromId, name: message.name };
}

export interface Conversation {
  peer: Peer;
  last: ChatMessage;
}

/** Direct messages as conversations, one per person, the most recent first. */
export function conversations(direct: readonly ChatMessage[], selfId: string | undefined): Conversation[] {
  const byPeer = new Map<string, Conversation>();
  for (const message of direct) {
    const peer = peerOf(message, selfId);
    byPeer.set(peer.id, { peer, last: message });
  }
  return [...byPeer.values()].sort((a, b) => Date.parse(b.last.at) - Date.parse(a.last.at));
}

/** A message an organiser deleted keeps its place in the log, without its text. */
export function markDeleted(log: readonly ChatMessage[], id: string): ChatMessage[] {
  const at = log.findIndex((m) => m.id === id);
  if (at < 0) return log as ChatMessage[];
  const next = [...log];
  next[at] = { ...next[at]!, text: '', deleted: true };
  return next;
}
