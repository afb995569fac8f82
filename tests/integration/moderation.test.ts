import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { ChatHistory, ChatMessage } from '../../shared/chat.ts';
import type { ModerationLog } from '../../shared/moderation.ts';
import { CLOSE_CODES, JOIN_ERRORS, MESSAGES, type Notice } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { call } from '../fixtures/http.ts';
import {
  colyseusClient,
  joinPlaza,
  newSession,
  sessionWithRole,
  sleep,
  startTestServer,
  until,
} from '../fixtures/server.ts';

let dataDir: string;
let server: ExpoServer;
let organiser: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tm-moderation-'));
  server = await startTestServer({ DATA_DIR: dataDir });
  organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' })).token;
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A person in the plaza with everything the room tells them recorded. */
async function present(token: string) {
  const room = await joinPlaza(server, token);
  const heard: ChatMessage[] = [];
  const notices: Notice[] = [];
  let history: ChatMessage[] | undefined;
  let closedWith: number | undefined;
  room.onMessage(MESSAGES.chat, (m: ChatMessage) => heard.push(m));
  room.onMessage(MESSAGES.chatHistory, (h: ChatHistory) => (history = h.messages));
  room.onMessage(MESSAGES.notice, (n: Notice) => notices.push(n));
  room.onLeave((code) => (closedWith = code));
  await until(() => history !== undefined, 5000, 'chat history');
  return { room, heard, notices, history: () => history!, closedWith: () => closedWith };
}

function moderate(body: Record<string, unknown>, token = organiser) {
  return call(server, 'POST', '/api/moderation', { token, body });
}

const say = (room: Room<ExpoRoomState>, text: string) => room.send(MESSAGES.chat, { text });

describe('chat', () => {
  it('reaches everyone in the room, is stored, and is replayed to people who join later', async () => {
    const a = await present((await newSession(server, { name: 'Aida', country: 'az', lang: 'az' })).token);
    const b = await present((await newSession(server, { name: 'Bolat', country: 'kz', lang: 'kk' })).token);
    say(a.room, '  Salam, hamıya!  ');
    await until(() => b.heard.length === 1 && a.heard.length === 1, 3000, 'the message');
    expect(b.heard[0]).toMatchObject({ name: 'Aida', country: 'az', role: 'visitor', text: 'Salam, hamıya!' });
    const c = await present((await newSession(server)).token);
    expect(c.history().map((m) => m.text)).toContain('Salam, hamıya!');
    for (const p of [a, b, c]) await p.room.leave();
  });

  it('refuses empty, oversized and control-character messages with a reason, and throttles a fast talker', async () => {
    const a = await present((await newSession(server)).token);
    const b = await present((await newSession(server)).token);
    for (const bad of [{ text: '   ' }, { text: 'x'.repeat(501) }, { text: 'bell\u0007' }, { text: 42 }, 'hello']) {
      a.room.send(MESSAGES.chat, bad);
    }
    await until(() => a.notices.length === 5, 3000, 'five refusals');
    expect(a.notices.every((n) => n.kind === 'message_refused' && n.reason)).toBe(true);
    expect(b.heard).toHaveLength(0);

    const fast = await present((await newSession(server)).token);
    for (let i = 0; i < 12; i++) say(fast.room, `line ${i}`);
    await until(() => fast.notices.some((n) => n.kind === 'throttled'), 3000, 'a throttle notice');
    await sleep(300);
    expect(b.heard.map((m) => m.text)).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'line 4']);
    for (const p of [a, b, fast]) await p.room.leave();
  });
});

describe('moderation by an organiser', () => {
  it('mutes a person: their messages reach nobody until the mute is lifted; all of it logged', async () => {
    const loud = await sessionWithRole(server, { role: 'visitor' }, { name: 'Loud' });
    const a = await present(loud.token);
    const b = await present((await newSession(server)).token);
    const muted = await moderate({ action: 'mute', userId: loud.user.id, reason: 'spam', minutes: 15 });
    expect(muted.status).toBe(201);
    await until(() => a.notices.some((n) => n.kind === 'muted'), 3000, 'the mute notice');
    expect(a.notices.at(-1)).toMatchObject({ kind: 'muted', reason: 'spam' });
    expect(Date.parse(a.notices.at(-1)!.until!)).toBeGreaterThan(Date.now() + 14 * 60_000);

    say(a.room, 'can anyone hear me?');
    await until(() => a.notices.filter((n) => n.kind === 'muted').length === 2, 3000, 'a second mute notice');
    await sleep(200);
    expect(b.heard).toHaveLength(0);
    expect(a.heard).toHaveLength(0);

    // A muted person who comes back is told at once, and is still muted.
    const again = await present(loud.token);
    expect(again.notices.some((n) => n.kind === 'muted')).toBe(true);
    await again.room.leave();

    expect((await moderate({ action: 'unmute', userId: loud.user.id })).status).toBe(201);
    await until(() => a.notices.some((n) => n.kind === 'unmuted'), 3000, 'the unmute notice');
    say(a.room, 'thank you');
    await until(() => b.heard.some((m) => m.text === 'thank you'), 3000, 'the message after unmute');
    for (const p of [a, b]) await p.room.leave();
  });

  it('removes a person from the room without holding their seat; they may come back', async () => {
    const session = await newSession(server, { name: 'Removed', country: 'tr', lang: 'tr' });
    const a = await present(session.token);
    const watcher = await present((await newSession(server)).token);
    const sessionId = a.room.sessionId;
    expect((await moderate({ action: 'remove', userId: session.user.id, reason: 'off topic' })).status).toBe(201);
    await until(() => a.closedWith() !== undefined, 3000, 'the removal');
    expect(a.closedWith()).toBe(CLOSE_CODES.removed);
    await until(() => !watcher.room.state.players.has(sessionId), 3000, 'the avatar to disappear');
    const back = await present(session.token);
    await back.room.leave();
    await watcher.room.leave();
  });

  it('bans a person: out at once, no re-join, no new session from the same invitation; kept over a restart', async () => {
    const banned = await sessionWithRole(server, { role: 'delegate', delegation: 'kg' }, { name: 'Banned' });
    const a = await present(banned.token);
    const watcher = await present((await newSession(server)).token);
    const sessionId = a.room.sessionId;
    expect((await moderate({ action: 'ban', userId: banned.user.id, reason: 'harassment' })).status).toBe(201);
    await until(() => a.closedWith() !== undefined, 3000, 'the ban to close the connection');
    expect(a.closedWith()).toBe(CLOSE_CODES.banned);
    await until(() => !watcher.room.state.players.has(sessionId), 3000, 'the avatar to disappear');
    await watcher.room.leave();

    const refusals = async () => {
      await expect(joinPlaza(server, banned.token)).rejects.toMatchObject({ code: JOIN_ERRORS.forbidden });
      const http = await call(server, 'POST', `/api/booths/${'astana-hub'}/leads`, {
        token: banned.token,
        body: { name: 'x', organisation: 'x', email: 'x@example.org', message: '' },
      });
      expect(http.status).toBe(403);
      expect(http.json.error?.message).toMatch(/banned/);
      const fresh = await call(server, 'POST', '/api/session', {
        body: { name: 'Banned again', country: 'kg', lang: 'ky', invite: banned.invite },
      });
      expect(fresh.status).toBe(403);
    };
    await refusals();

    await server.close();
    server = await startTestServer({ DATA_DIR: dataDir });
    await refusals();
  });

  it('releases the seat of a person banned while their connection is down, so they cannot reconnect', async () => {
    const dropped = await newSession(server, { name: 'Dropped', country: 'uz', lang: 'uz' });
    const a = await present(dropped.token);
    const watcher = await present((await newSession(server)).token);
    const { sessionId, reconnectionToken } = a.room;
    await until(() => watcher.room.state.players.has(sessionId), 3000, 'the watcher to see them');
    a.room.connection.close();
    await until(() => watcher.room.state.players.get(sessionId)?.away === true, 5000, 'the held seat');
    expect((await moderate({ action: 'ban', userId: dropped.user.id })).status).toBe(201);
    await until(() => !watcher.room.state.players.has(sessionId), 3000, 'the held seat to be released');
    await expect(colyseusClient(server).reconnect(reconnectionToken)).rejects.toBeDefined();
    await watcher.room.leave();
  });

  it('refuses bad requests, unknown people and self-moderation, and logs every action taken', async () => {
    const me = (await call(server, 'GET', '/api/invites', { token: organiser })).status;
    expect(me).toBe(200);
    const stranger = crypto.randomUUID();
    expect((await moderate({ action: 'ban', userId: stranger })).status).toBe(404);
    expect((await moderate({ action: 'exile', userId: stranger })).status).toBe(400);
    expect((await moderate({ action: 'mute', userId: 'not-a-uuid' })).status).toBe(400);
    expect((await moderate({ action: 'mute', userId: stranger, minutes: 0 })).status).toBe(400);
    const self = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Self' })).token;
    const selfId = JSON.parse(Buffer.from(self.split('.')[1]!, 'base64url').toString()).sub as string;
    expect((await moderate({ action: 'ban', userId: selfId }, self)).status).toBe(400);

    const log = (await call(server, 'GET', '/api/moderation', { token: organiser })).json as unknown as ModerationLog;
    expect(log.actions.map((a) => a.action)).toEqual(['ban', 'ban', 'remove', 'unmute', 'mute']);
    expect(log.actions[1]).toMatchObject({ userName: 'Banned', byName: 'Organiser', reason: 'harassment' });
  });
});
