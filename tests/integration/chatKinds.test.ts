import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { CHAT_LIMITS, ChatMessages, type ChatDeleted, type ChatHistory, type ChatMessage } from '../../shared/chat.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS, type Notice } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import { REACTION_LIMITS, ReactionMessages, type Reaction } from '../../shared/reactions.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, sessionWithRole, sleep, startTestServer, until } from '../fixtures/server.ts';
import { walk } from '../fixtures/walker.ts';

/** Everyone arrives on the plaza at its spawn point; this spot is further than the nearby radius from it. */
const FAR_SPOT = { x: 0, z: 16 + CHAT_LIMITS.nearbyRadius + 3 };

describe.each(BACKENDS)('chat kinds and reactions on $name', { timeout: 60_000 }, ({ create }) => {
  let target: TestDatabase;
  let server: ExpoServer;
  let organiser: { token: string; id: string };
  beforeAll(async () => {
    target = await create();
    server = await startTestServer({ ...target.env, SESSIONS_PER_MINUTE: '6000', API_REQUESTS_PER_SECOND: '1000' });
    const session = await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' });
    organiser = { token: session.token, id: session.user.id };
  });
  afterAll(async () => {
    await server.close();
    await target.drop();
  });

  /** A person in the plaza (or a pavilion) with everything the room sends them recorded. */
  async function present(token: string, pavilionId?: string) {
    const options = { token, protocol: PROTOCOL_VERSION, ...(pavilionId ? { pavilionId } : {}) };
    const room: Room<ExpoRoomState> = await colyseusClient(server).joinOrCreate(
      pavilionId ? ROOMS.pavilion : ROOMS.plaza,
      options,
    );
    const heard: ChatMessage[] = [];
    const notices: Notice[] = [];
    const reactions: Reaction[] = [];
    const deleted: string[] = [];
    let history: ChatMessage[] | undefined;
    room.onMessage(MESSAGES.chat, (m: ChatMessage) => heard.push(m));
    room.onMessage(MESSAGES.chatHistory, (h: ChatHistory) => (history = h.messages));
    room.onMessage(MESSAGES.notice, (n: Notice) => notices.push(n));
    room.onMessage(ReactionMessages.react, (r: Reaction) => reactions.push(r));
    room.onMessage(ChatMessages.deleted, (d: ChatDeleted) => deleted.push(d.id));
    room.onMessage('*', () => undefined);
    await until(() => history !== undefined, 5000, 'chat history');
    return { room, heard, notices, reactions, deleted, history: () => history! };
  }
  type Present = Awaited<ReturnType<typeof present>>;

  async function person(name: string, pavilionId?: string) {
    const session = await newSession(server, { name, country: 'kz', lang: 'en' });
    return { id: session.user.id, token: session.token, ...(await present(session.token, pavilionId)) };
  }

  const leaveAll = (people: Present[]) => Promise.all(people.map((p) => p.room.leave()));

  function positionOf(room: Room<ExpoRoomState>) {
    const p = room.state.players.get(room.sessionId)!;
    return { x: dequantizePosition(p.x), z: dequantizePosition(p.z) };
  }

  /** Walks someone away from the spawn, at a walking pace the server accepts, until it has them there. */
  async function walkAway(p: Present): Promise<void> {
    await walk(p.room, positionOf(p.room), FAR_SPOT);
    await until(() => Math.abs(positionOf(p.room).z - FAR_SPOT.z) < 0.1, 8000, 'the walk away');
  }

  /** Waits for the messages to arrive, then a little longer so that a stray delivery would be seen too. */
  async function settle(done: () => boolean, what: string) {
    await until(done, 5000, what);
    await sleep(300);
  }

  it('delivers a room message to everyone in the room and no one elsewhere, and replays it', async () => {
    const a = await person('Aida');
    const b = await person('Bolat');
    const elsewhere = await person('Elsewhere', 'kz');
    a.room.send(MESSAGES.chat, { kind: 'room', text: 'Hello plaza' });
    await settle(() => a.heard.length === 1 && b.heard.length === 1, 'the room message');
    expect(b.heard[0]).toMatchObject({ kind: 'room', name: 'Aida', text: 'Hello plaza' });
    expect(elsewhere.heard).toEqual([]);
    const later = await person('Later');
    expect(later.history().map((m) => m.text)).toContain('Hello plaza');
    await leaveAll([a, b, elsewhere, later]);
  });

  it('delivers a direct message only to its recipient, in another room too, echoes it to the sender, and keeps it', async () => {
    const a = await person('Sender');
    const bystander = await person('Bystander');
    const c = await person('Recipient', 'kz');
    a.room.send(MESSAGES.chat, { kind: 'direct', toId: c.id, text: 'Meet at the kz pavilion?' });
    await settle(() => c.heard.length === 1 && a.heard.length === 1, 'the direct message and its echo');
    expect(c.heard[0]).toMatchObject({ kind: 'direct', fromId: a.id, to: { id: c.id, name: 'Recipient' } });
    expect(a.heard[0]!.id).toBe(c.heard[0]!.id);
    expect(bystander.heard).toEqual([]);

    // Both find it again on joining any room; nobody else does.
    const cAgain = await present(c.token);
    const aAgain = await present(a.token, 'kz');
    const other = await person('Other');
    expect(
      cAgain
        .history()
        .filter((m) => m.kind === 'direct')
        .map((m) => m.text),
    ).toEqual(['Meet at the kz pavilion?']);
    expect(
      aAgain
        .history()
        .filter((m) => m.kind === 'direct')
        .map((m) => m.text),
    ).toEqual(['Meet at the kz pavilion?']);
    expect(other.history().some((m) => m.kind === 'direct')).toBe(false);
    await leaveAll([a, bystander, c, cAgain, aAgain, other]);
  });

  it('delivers a nearby message and a reaction to the people near the sender, not to one far away', async () => {
    const a = await person('Near A');
    const b = await person('Near B');
    const far = await person('Far');
    await walkAway(far);
    a.room.send(MESSAGES.chat, { kind: 'nearby', text: 'Anyone for tea?' });
    a.room.send(ReactionMessages.react, { emote: 'wave' });
    await settle(
      () => a.heard.length === 1 && b.heard.length === 1 && a.reactions.length === 1 && b.reactions.length === 1,
      'the nearby message and reaction',
    );
    expect(b.heard[0]).toMatchObject({ kind: 'nearby', text: 'Anyone for tea?' });
    expect(b.reactions[0]).toEqual({ sessionId: a.room.sessionId, emote: 'wave' });
    expect(far.heard).toEqual([]);
    expect(far.reactions).toEqual([]);
    // Nearby messages were meant for who was there: they are not replayed.
    const later = await person('Later');
    expect(later.history().some((m) => m.text === 'Anyone for tea?')).toBe(false);
    await leaveAll([a, b, far, later]);
  });

  it('rate-limits reactions on their own, apart from chat', async () => {
    const a = await person('Clapper');
    const b = await person('Watcher');
    for (let i = 0; i < REACTION_LIMITS.burst + 4; i++) a.room.send(ReactionMessages.react, { emote: 'applause' });
    await settle(() => a.notices.some((n) => n.kind === 'throttled'), 'the throttle notice');
    expect(b.reactions).toHaveLength(REACTION_LIMITS.burst);
    // Chat has its own allowance, untouched by the reactions.
    a.room.send(MESSAGES.chat, { text: 'Bravo!' });
    await until(() => b.heard.some((m) => m.text === 'Bravo!'), 3000, 'the chat line');
    await leaveAll([a, b]);
  });

  it('lets a muted person’s messages of every kind, and reactions, reach nobody', async () => {
    const loud = await person('Loud');
    const b = await person('Listener');
    const c = await person('Direct target', 'kz');
    const muted = await call(server, 'POST', '/api/moderation', {
      token: organiser.token,
      body: { action: 'mute', userId: loud.id, reason: 'spam', minutes: 15 },
    });
    expect(muted.status).toBe(201);
    await until(() => loud.notices.some((n) => n.kind === 'muted'), 3000, 'the mute notice');
    loud.room.send(MESSAGES.chat, { kind: 'room', text: 'room' });
    loud.room.send(MESSAGES.chat, { kind: 'nearby', text: 'nearby' });
    loud.room.send(MESSAGES.chat, { kind: 'direct', toId: c.id, text: 'direct' });
    loud.room.send(ReactionMessages.react, { emote: 'laugh' });
    await settle(() => loud.notices.filter((n) => n.kind === 'muted').length === 5, 'a refusal of each');
    for (const p of [loud, b, c]) {
      expect(p.heard).toEqual([]);
      expect(p.reactions).toEqual([]);
    }
    await call(server, 'POST', '/api/moderation', {
      token: organiser.token,
      body: { action: 'unmute', userId: loud.id },
    });
    await leaveAll([loud, b, c]);
  });

  it('lets an organiser delete a message, live and from history; refuses anyone else and changes nothing', async () => {
    const a = await person('Writer');
    const b = await person('Reader');
    const boss = await present(organiser.token);
    a.room.send(MESSAGES.chat, { text: 'to be deleted' });
    a.room.send(MESSAGES.chat, { text: 'to stay' });
    a.room.send(MESSAGES.chat, { kind: 'direct', toId: b.id, text: 'private, then deleted' });
    await until(() => b.heard.length === 3 && boss.heard.length === 2, 3000, 'the messages');
    const [gone, stays, direct] = b.heard as [ChatMessage, ChatMessage, ChatMessage];

    b.room.send(ChatMessages.delete, { id: stays.id });
    await until(() => b.notices.some((n) => n.kind === 'message_refused'), 3000, 'the refusal');
    expect(b.notices.at(-1)!.reason).toMatch(/may not delete/);

    boss.room.send(ChatMessages.delete, { id: gone.id });
    boss.room.send(ChatMessages.delete, { id: direct.id });
    await settle(
      () => a.deleted.length === 2 && b.deleted.length === 2 && boss.deleted.length === 1,
      'the deletions to reach everyone who had the messages',
    );
    expect(boss.deleted).toEqual([gone.id]);
    boss.room.send(ChatMessages.delete, { id: gone.id });
    await until(() => boss.notices.length === 1, 3000, 'a second delete refused');
    expect(boss.notices[0]).toMatchObject({
      kind: 'message_refused',
      reason: expect.stringMatching(/deleted already/),
      refusal: { code: 'chat_no_message' },
    });
    boss.room.send(ChatMessages.delete, { id: 'not-an-id' });
    await until(() => boss.notices.length === 2, 3000, 'a malformed delete refused');
    expect(boss.notices[1]).toMatchObject({
      kind: 'message_refused',
      reason: 'id: no such message',
      refusal: { code: 'invalid' },
    });

    const later = await present(b.token);
    const texts = later.history().map((m) => m.text);
    expect(texts).toContain('to stay');
    expect(texts).not.toContain('to be deleted');
    expect(texts).not.toContain('private, then deleted');
    const row = await server.db
      .selectFrom('chat_messages')
      .select(['deleted_by', 'deleted_at'])
      .where('id', '=', gone.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_by).toBe(organiser.id);
    expect(row.deleted_at).not.toBeNull();
    const kept = await server.db
      .selectFrom('chat_messages')
      .select('deleted_at')
      .where('id', '=', stays.id)
      .executeTakeFirstOrThrow();
    expect(kept.deleted_at).toBeNull();
    await leaveAll([a, b, boss, later]);
  });

  it('refuses bad messages, recipients, deletions and emotes with a reason, and delivers nothing', async () => {
    const a = await person('Sloppy');
    const b = await person('Bystander');
    const sends: [string, unknown][] = [
      [MESSAGES.chat, { kind: 'shout', text: 'hi' }],
      [MESSAGES.chat, { kind: 'direct', text: 'to whom?' }],
      [MESSAGES.chat, { kind: 'direct', toId: '00000000-0000-4000-8000-000000000000', text: 'hello?' }],
      [MESSAGES.chat, { kind: 'room', text: 'x'.repeat(CHAT_LIMITS.textLength + 1) }],
      [MESSAGES.chat, { kind: 'nearby', text: 'bell\u0007' }],
      [ReactionMessages.react, { emote: 'explode' }],
      [ChatMessages.delete, { id: 'not-an-id' }],
    ];
    // Spaced out, so that the chat's own rate limit does not answer instead.
    for (const [type, body] of sends) {
      const before = a.notices.length;
      a.room.send(type, body);
      await until(() => a.notices.length === before + 1, 3000, `the refusal of ${JSON.stringify(body)}`);
      await sleep(CHAT_LIMITS.intervalMs / 4);
    }
    expect(a.notices.map((n) => n.kind)).toEqual(sends.map(() => 'message_refused'));
    const reasons = a.notices.map((n) => n.reason ?? '');
    expect(reasons[0]).toMatch(/^kind:/);
    expect(reasons[1]).toMatch(/toId: choose a person/);
    expect(reasons[2]).toMatch(/toId: there is nobody/);
    expect(reasons[3]).toMatch(/500 characters/);
    expect(reasons[4]).toMatch(/control characters/);
    expect(reasons[5]).toMatch(/^emote:/);
    expect(reasons[6]).toMatch(/may not delete/);
    await sleep(200);
    for (const p of [a, b]) {
      expect(p.heard).toEqual([]);
      expect(p.reactions).toEqual([]);
    }
    const stored = await server.db.selectFrom('chat_messages').select('id').where('from_id', '=', a.id).execute();
    expect(stored).toEqual([]);
    await leaveAll([a, b]);
  });
});
