import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../shared/chat.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { closeOutcome } from '../../client/net/closeOutcome.ts';
import { useChat } from '../../client/state/chat.ts';
import { appendMessages, isMuted, muteAfter, withHistory } from '../../client/state/chatLog.ts';

function message(id: string, text = `text ${id}`, fromId = 'someone'): ChatMessage {
  return { id, fromId, name: 'Aigerim', country: 'kz', role: 'visitor', text, at: '2025-05-01T10:00:00.000Z', kind: 'room' };
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
    useChat.getState().receive(message('m1', 'hello again', 'me'), { mine: true, counted: false });
    useChat.getState().receiveNotice({ kind: 'throttled' });
    expect(useChat.getState().draft).toBe('');
  });

  it('counts unread messages and starts each room afresh', () => {
    const chat = useChat.getState();
    chat.clear();
    chat.receiveNotice({ kind: 'muted', until: null });
    useChat.getState().receive(message('x'), { mine: false, counted: true });
    expect(useChat.getState().unread).toBe(1);
    useChat.getState().enterRoom();
    expect(useChat.getState()).toMatchObject({ messages: [], unread: 0, notice: null, mute: null });
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

  it('reconnects after a dropped line and ignores a consented leave', () => {
    expect(closeOutcome(1006, plaza)).toEqual({ kind: 'recover' });
    expect(closeOutcome(CLOSE_CODES.serverShutdown, plaza)).toEqual({ kind: 'recover' });
    expect(closeOutcome(4000, plaza)).toEqual({ kind: 'ignore' });
  });
});
