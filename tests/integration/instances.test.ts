import { matchMaker } from '@colyseus/core';
import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { InstanceList, SeatReservation } from '../../shared/instances.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS, type Notice } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { StageMessages, type Agenda, type QuestionList, type StageStatus } from '../../shared/stage.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, joinPlaza, newSession, sessionWithRole, startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer({ PAVILION_CAPACITY: '2', RECONNECT_SECONDS: '0' });
});
afterAll(() => server.close());

interface Visitor {
  token: string;
  userId: string;
  room: Room<ExpoRoomState>;
  seen: { status?: StageStatus; questions?: QuestionList };
  notices: Notice[];
}

/** Listens to what a pavilion room tells its visitor about the stage. */
function watch(token: string, userId: string, room: Room<ExpoRoomState>): Visitor {
  const visitor: Visitor = { token, userId, room, seen: {}, notices: [] };
  room.onMessage(StageMessages.status, (s: StageStatus) => (visitor.seen.status = s));
  room.onMessage(StageMessages.questions, (q: QuestionList) => (visitor.seen.questions = q));
  room.onMessage(MESSAGES.notice, (n: Notice) => visitor.notices.push(n));
  room.onMessage('*', () => undefined);
  return visitor;
}

async function enter(pavilionId: string, session?: { token: string; user: { id: string } }): Promise<Visitor> {
  const { token, user } = session ?? (await newSession(server));
  const room = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId,
  });
  return watch(token, user.id, room);
}

const halls = async (pavilionId: string, token: string) =>
  ((await call(server, 'GET', `/api/pavilions/${pavilionId}/instances`, { token })).json as unknown as InstanceList)
    .instances;

function seat(
  pavilionId: string,
  roomId: string,
  token: string,
  body: unknown = { token, protocol: PROTOCOL_VERSION },
) {
  return call(server, 'POST', `/api/pavilions/${pavilionId}/instances/${roomId}/seat`, { token, body });
}

/** Takes up a seat the endpoint reserved, as the browser does. */
async function takeSeat(token: string, userId: string, reservation: unknown): Promise<Visitor> {
  const room = await colyseusClient(server).consumeSeatReservation<ExpoRoomState>(reservation as SeatReservation);
  return watch(token, userId, room);
}

describe('pavilion instances (halls)', () => {
  it('numbers halls in the order they open, lists how full each is, and keeps the numbers while they live', async () => {
    const first = await enter('kg');
    const second = await enter('kg');
    const third = await enter('kg');
    expect(third.room.roomId).not.toBe(first.room.roomId);
    await until(async () => (await halls('kg', first.token)).length === 2, 5000, 'two halls listed');
    expect(await halls('kg', first.token)).toEqual([
      { roomId: first.room.roomId, hall: 1, people: 2, capacity: 2 },
      { roomId: third.room.roomId, hall: 2, people: 1, capacity: 2 },
    ]);

    // Hall 1 empties and closes; hall 2 stays hall 2, and the next new instance takes the free number 1.
    await first.room.leave(true);
    await second.room.leave(true);
    await until(async () => (await halls('kg', third.token)).length === 1, 5000, 'hall 1 closed');
    expect((await halls('kg', third.token))[0]).toMatchObject({ roomId: third.room.roomId, hall: 2 });
    const fourth = await enter('kg');
    const fifth = await enter('kg');
    const opened = fourth.room.roomId === third.room.roomId ? fifth : fourth;
    await until(async () => (await halls('kg', third.token)).length === 2, 5000, 'a new hall listed');
    expect((await halls('kg', third.token)).map((h) => [h.roomId, h.hall])).toEqual([
      [opened.room.roomId, 1],
      [third.room.roomId, 2],
    ]);
    for (const v of [third, fourth, fifth]) await v.room.leave(true);
  });

  it('gives a hall number held by a room that no longer exists to the next new hall', async () => {
    // What a SIGKILLed process leaves behind (Redis keeps it across restarts), and a room of
    // this process gone without releasing: counted and named, but their holders are dead.
    const { presence, processId } = matchMaker;
    await presence.hincrby('tm:halls:uz', '1', 1);
    await presence.hset('tm:halls:uz:owners', '1', 'killedProcess/roomGone');
    await presence.hincrby('tm:halls:uz', '2', 1);
    await presence.hset('tm:halls:uz:owners', '2', `${processId}/roomGoneToo`);
    const first = await enter('uz');
    const second = await enter('uz');
    const third = await enter('uz');
    await until(async () => (await halls('uz', first.token)).length === 2, 5000, 'two halls listed');
    expect((await halls('uz', first.token)).map((h) => [h.roomId, h.hall])).toEqual([
      [first.room.roomId, 1],
      [third.room.roomId, 2],
    ]);
    for (const v of [first, second, third]) await v.room.leave(true);
    // Closed halls free their numbers whole.
    await until(async () => (await presence.hlen('tm:halls:uz')) === 0, 5000, 'the numbers freed');
    expect(await presence.hlen('tm:halls:uz:owners')).toBe(0);
  });

  it('seats a visitor in the hall they pick, and only in a hall of that pavilion', async () => {
    const a = await enter('tm');
    const b = await enter('tm');
    const c = await enter('tm');
    const [hall1, hall2] = await halls('tm', a.token);
    expect(hall1!.roomId).toBe(a.room.roomId);
    expect(hall2!.roomId).toBe(c.room.roomId);

    // A friend picks hall 2, where c is, though hall 1 opened first.
    const friend = await newSession(server, { name: 'Friend', country: 'tm', lang: 'tk' });
    const reserved = await seat('tm', hall2!.roomId, friend.token);
    expect(reserved.status).toBe(200);
    const joined = await takeSeat(friend.token, friend.user.id, reserved.json);
    expect(joined.room.roomId).toBe(c.room.roomId);
    await until(() => c.room.state.players.has(joined.room.sessionId), 3000, 'the friend beside c');

    // Both halls are full now: a clear refusal, which the client turns into a notice and a join elsewhere.
    const late = await newSession(server);
    const full = await seat('tm', hall1!.roomId, late.token);
    expect(full.status).toBe(409);
    expect(full.json.error).toMatchObject({ code: 'room_full' });

    const plaza = await joinPlaza(server, late.token);
    const elsewhere = await enter('uz');
    for (const [roomId, why] of [
      [plaza.roomId, 'the plaza'],
      [elsewhere.room.roomId, 'another pavilion'],
      ['NoSuchRoom1', 'no room'],
    ] as const) {
      const refused = await seat('tm', roomId, late.token);
      expect(refused.status, why).toBe(404);
      expect(refused.json.error, why).toMatchObject({ code: 'not_found' });
    }
    expect((await seat('xx', hall1!.roomId, late.token)).status).toBe(400);
    expect((await seat('tm', 'bad/id', late.token)).status).toBe(404);
    expect((await seat('tm', hall1!.roomId, late.token, { token: late.token, protocol: 1 })).status).toBe(400);
    // The room's own checks run too, in a hall with a free seat.
    const forged = await seat('uz', elsewhere.room.roomId, late.token, { token: 'forged', protocol: PROTOCOL_VERSION });
    expect(forged.status).toBe(401);
    expect((await call(server, 'GET', '/api/pavilions/tm/instances')).status).toBe(401);
    expect((await call(server, 'GET', '/api/pavilions/xx/instances', { token: late.token })).status).toBe(400);
    // Nothing changed by the refusals (the list is cached for a moment, hence the wait for a fresh one).
    await until(
      async () => (await halls('tm', late.token)).map((h) => h.people).join() === '2,2',
      5000,
      'both halls still full',
    );
    await plaza.leave(true);
    for (const v of [a, b, c, joined, elsewhere]) await v.room.leave(true);
  });

  it('shares the stage (hands, speakers, questions) and the agenda between the halls of a pavilion', async () => {
    const organiserSession = await sessionWithRole(server, { role: 'organiser' }, { name: 'Host' });
    const organiser = await enter('az', organiserSession);
    const neighbour = await enter('az');
    const askerSession = await newSession(server, { name: 'Asker', country: 'kz', lang: 'kk' });
    const asker = await enter('az', askerSession);
    expect(asker.room.roomId).not.toBe(organiser.room.roomId);
    await until(() => asker.seen.status !== undefined && organiser.seen.status !== undefined, 5000, 'the stage');

    // A hand raised in hall 2 is in the queue the organiser sees in hall 1; promoted there, it speaks in both.
    asker.room.send(StageMessages.hand, { raised: true });
    await until(() => organiser.seen.status?.hands.length === 1, 5000, 'the hand in hall 1');
    expect(organiser.seen.status!.hands[0]).toMatchObject({ userId: asker.userId, name: 'Asker' });
    organiser.room.send(StageMessages.promote, { userId: asker.userId });
    await until(() => asker.seen.status?.promoted.includes(asker.userId) === true, 5000, 'promoted, seen in hall 2');
    await until(() => neighbour.seen.status?.promoted.includes(asker.userId) === true, 5000, 'promoted, in hall 1');
    organiser.room.send(StageMessages.demote, { userId: asker.userId });
    await until(() => asker.seen.status?.promoted.length === 0, 5000, 'demoted');

    // A question asked in hall 2 is the one voted on and answered in hall 1.
    asker.room.send(StageMessages.ask, { text: 'Which halls see this question?' });
    await until(() => neighbour.seen.questions?.questions.length === 1, 5000, 'the question in hall 1');
    const question = neighbour.seen.questions!.questions[0]!;
    neighbour.room.send(StageMessages.vote, { id: question.id });
    await until(() => asker.seen.questions?.questions[0]?.votes === 1, 5000, 'the vote seen in hall 2');
    organiser.room.send(StageMessages.answer, { id: question.id });
    await until(() => asker.seen.questions?.questions[0]?.answered === true, 5000, 'answered, seen in hall 2');

    // The agenda is the pavilion's: a slot the organiser adds is the one read from the other hall.
    const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 30 * 86_400_000 + 1_800_000).toISOString();
    const added = await call(server, 'POST', '/api/stages/az/slots', {
      token: organiserSession.token,
      body: { startsAt, endsAt, title: 'Halls together', speakerName: 'Host' },
    });
    expect(added.status).toBe(201);
    const agenda = (await call(server, 'GET', '/api/stages/az/agenda', { token: asker.token }))
      .json as unknown as Agenda;
    expect(agenda.slots.map((s) => s.title)).toContain('Halls together');

    // Moving from hall 2 to hall 1 (join the new hall, then leave the old) keeps one's raised hand.
    asker.room.send(StageMessages.hand, { raised: true });
    await until(() => organiser.seen.status?.hands.length === 1, 5000, 'the hand raised again');
    await neighbour.room.leave(true);
    await until(async () => (await halls('az', asker.token)).find((h) => h.hall === 1)?.people === 1, 5000, 'a seat');
    const moved = await takeSeat(
      asker.token,
      asker.userId,
      (await seat('az', organiser.room.roomId, asker.token)).json,
    );
    await asker.room.leave(true);
    await until(() => moved.seen.status !== undefined, 5000, 'the stage in hall 1');
    await until(async () => (await halls('az', asker.token)).length === 1, 5000, 'hall 2 closed');
    expect(organiser.seen.status!.hands.map((h) => h.userId)).toEqual([asker.userId]);
    // Leaving the pavilion for good lowers it.
    await moved.room.leave(true);
    await until(() => organiser.seen.status?.hands.length === 0, 5000, 'the hand lowered on leaving');
    await organiser.room.leave(true);
  });
});
