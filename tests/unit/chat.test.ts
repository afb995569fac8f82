import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../shared/chat.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { closeOutcome } from '../../client/net/closeOutcome.ts';
import { useChat } from '../../client/state/chat.ts';
import {
  appendMessages,
  conversations,
  isMuted,
  markDeleted,
  muteAfter,
  withHistory,
} from '../../client/state/chatLog.ts';

function message(id: string, text = `text ${id}`, fromId = 'someone'): ChatMessage {
  return {
    id,
    fromId,
    name: 'Aigerim',
    country: 'kz',
    role: 'visitor',
    text,
    at: '2025-05-01T10:00:00.000Z',
    kind: 'room',
  };
}

describe('chat log', () => {
  it('appends new messages, skips ones it already has, and keeps only the newest', () => {
    const log = appendMessages([], [message('a'), message('b')]);
    expect(appendMessages(log, [message('b')])).toBe(log);
    const kept = appendMessages(log, [message('c'), message('d')], 3);
    expect(kept.map((m) => m.id)).toEqual(['b', 'c', 'd']);
  });

  it('puts the history first even when a live message arrived before it', () => {
    const live = [message('live')];
    const merged = withHistory(live, [message('h1'), message('h2'), message('live')]);
    expect(merged.map((m) => m.id)).toEqual(['h1', 'h2', 'live']);
  });

  it('tracks a mute from the notices and lets a timed mute run out', () => {
    const now = Date.parse('2025-05-01T10:00:00Z');
    const timed = muteAfter(null, { kind: 'muted', until: '2025-05-01T10:15:00Z', reason: 'spam' });
    expect(timed).toEqual({ until: '2025-05-01T10:15:00Z', reason: 'spam' });
    expect(isMuted(timed, now)).toBe(true);
    expect(isMuted(timed, now + 16 * 60_000)).toBe(false);
    const open = muteAfter(null, { kind: 'muted' });
    expect(isMuted(open, now + 1e12)).toBe(true);
    expect(muteAfter(open, { kind: 'throttled' })).toBe(open);
    expect(muteAfter(open, { kind: 'unmuted' })).toBeNull();
  });
});

describe('chat store', () => {
  it('gives a refused message back to an empty input, but not one that came through', () => {
    const chat = useChat.getState();
    chat.clear();
    chat.sent('hello');
    useChat.getState().receiveNotice({ kind: 'throttled' });
    expect(useChat.getState().draft).toBe('hello');

    useChat.getState().sent('hello again');
    useChat.getState().receive(message('m1', 'hello again', 'me'), { selfId: 'me', panelOpen: false });
    useChat.getState().receiveNotice({ kind: 'throttled' });
    expect(useChat.getState().draft).toBe('');
  });

  it('counts unread messages and starts each room afresh', () => {
    const chat = useChat.getState();
    chat.clear();
    chat.receiveNotice({ kind: 'muted', until: null });
    useChat.getState().receive(message('x'), { selfId: 'me', panelOpen: false });
    expect(useChat.getState().unread).toBe(1);
    useChat.getState().enterRoom();
    expect(useChat.getState()).toMatchObject({ room: [], unread: 0, notice: null, mute: null });
  });
});

describe('chat kinds in the client', () => {
  const direct = (id: string, fromId: string, to: { id: string; name: string }, at: string): ChatMessage => ({
    ...message(id, `text ${id}`, fromId),
    name: fromId === 'me' ? 'Me' : 'Bolat',
    kind: 'direct',
    to,
    at,
  });

  it('groups direct messages into conversations by the other person, the most recent first', () => {
    const list = conversations(
      [
        direct('1', 'me', { id: 'bolat', name: 'Bolat' }, '2025-05-01T10:00:00Z'),
        direct('2', 'aida', { id: 'me', name: 'Me' }, '2025-05-01T10:01:00Z'),
        direct('3', 'bolat', { id: 'me', name: 'Me' }, '2025-05-01T10:02:00Z'),
      ],
      'me',
    );
    expect(list.map((c) => [c.peer.id, c.last.id])).toEqual([
      ['bolat', '3'],
      ['aida', '2'],
    ]);
  });

  it('keeps a deleted message in place without its text', () => {
    const log = [message('a'), message('b')];
    const after = markDeleted(log, 'a');
    expect(after[0]).toMatchObject({ id: 'a', text: '', deleted: true });
    expect(after[1]).toBe(log[1]);
    expect(markDeleted(log, 'missing')).toBe(log);
  });

  it('counts unread per tab and per conversation, and reads only the view that is shown', () => {
    const chat = useChat.getState();
    chat.clear();
    const me = { selfId: 'me', panelOpen: true };
    useChat.getState().receive(message('r1'), me);
    expect(useChat.getState().unread).toBe(0);
    useChat.getState().receive({ ...message('n1'), kind: 'nearby' }, me);
    useChat.getState().receive(direct('d1', 'bolat', { id: 'me', name: 'Me' }, '2025-05-01T10:00:00Z'), me);
    expect(useChat.getState().unreadBy).toEqual({ room: 0, nearby: 1, direct: { bolat: 1 } });
    expect(useChat.getState().unread).toBe(2);
    useChat.getState().showTab('nearby');
    expect(useChat.getState().unread).toBe(1);
    useChat.getState().openConversation({ id: 'bolat', name: 'Bolat' });
    expect(useChat.getState()).toMatchObject({ tab: 'direct', unread: 0 });
    // A new room keeps the conversations.
    useChat.getState().enterRoom();
    expect(useChat.getState().direct.map((m) => m.id)).toEqual(['d1']);
    expect(useChat.getState().nearby).toEqual([]);
  });
});

describe('room close codes', () => {
  const pavilion = { kind: 'pavilion', id: 'kz' } as const;
  const plaza = { kind: 'plaza' } as const;

  it('sends a visitor removed from a pavilion back to the plaza, and one removed from the plaza home', () => {
    expect(closeOutcome(CLOSE_CODES.removed, pavilion)).toEqual({ kind: 'toPlaza', notice: { key: 'errors.removed' } });
    expect(closeOutcome(CLOSE_CODES.removed, plaza)).toEqual({ kind: 'exit', notice: { key: 'errors.removedPlaza' } });
  });

  it('ends the session on a ban or flooding, and never reconnects for them', () => {
    expect(closeOutcome(CLOSE_CODES.banned, pavilion)).toEqual({ kind: 'exit', notice: { key: 'errors.banned' } });
    expect(closeOutcome(CLOSE_CODES.flooding, plaza)).toEqual({ kind: 'exit', notice: { key: 'errors.flooding' } });
  });

  it('reconnects after a dropped line, comes back after a restart and ignores a consented leave', () => {
    expect(closeOutcome(1006, plaza)).toEqual({ kind: 'recover' });
    expect(closeOutcome(CLOSE_CODES.serverShutdown, plaza)).toEqual({ kind: 'restart' });
    expect(closeOutcome(4000, plaza)).toEqual({ kind: 'ignore' });
  });
});
