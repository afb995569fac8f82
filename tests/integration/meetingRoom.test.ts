import { randomUUID } from 'node:crypto';
import { matchMaker } from '@colyseus/core';
import type { Room } from 'colyseus.js';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import {
  makeKeyPair,
  newMeetingKey,
  sealMeetingKey,
  securityCode,
  unsealMeetingKey,
} from '../../client/net/meetingKeys.ts';
import {
  MeetingRoomMessages,
  type E2eeSealed,
  type KnockList,
  type LobbyOutcome,
  type MeetingRoomState,
} from '../../shared/meetingRoom.ts';
import { ApiError } from '../../shared/errors.ts';
import {
  MEETING_LIMITS,
  MeetingMessages,
  type Meeting,
  type MeetingList,
  type MeetingRequest,
} from '../../shared/meetings.ts';
import { CLOSE_CODES, JOIN_ERRORS, MESSAGES, PROTOCOL_VERSION, ROOMS, type Notice } from '../../shared/protocol.ts';
import type { RoleGrant } from '../../shared/roles.ts';
import type { MediaToken } from '../../shared/stage.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, sessionWithRole, sleep, startTestServer, until } from '../fixtures/server.ts';

const NOT_LISTED = { code: JOIN_ERRORS.forbidden, message: "not on this meeting's list: wait in the lobby" };
const open: Room[] = [];

afterEach(async () => {
  // A room whose socket was closed never answers a leave: give each a moment, not forever.
  await Promise.all(open.splice(0).map((r) => Promise.race([r.leave(true).catch(() => undefined), sleep(300)])));
});

interface Person {
  token: string;
  id: string;
  name: string;
}

/** What one client heard: messages by type, refusals, and how its connection ended. */
interface Heard {
  knocks: KnockList[];
  outcomes: LobbyOutcome['outcome'][];
  refusals: string[];
  /** The codes of those refusals, as the interface translates them. */
  codes: string[];
  types: string[];
  leftWith: number | undefined;
}

/** People, bookings and connections on one test server. */
function onServer(server: () => ExpoServer) {
  async function person(name: string, grant: RoleGrant = { role: 'delegate', delegation: 'kz' }): Promise<Person> {
    const session = await sessionWithRole(server(), grant, { name });
    return { token: session.token, id: session.user.id, name };
  }

  /** A meeting that started a minute ago and lasts an hour, so it can be entered now. */
  async function bookNow(host: Person, hallId: string, extra: Partial<MeetingRequest> = {}): Promise<Meeting> {
    const start = Date.now() - 60_000;
    const response = await call(server(), 'POST', '/api/meetings', {
      token: host.token,
      body: {
        hallId,
        title: 'Confidential talks',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(),
        ...extra,
      },
    });
    expect(response.status, response.text).toBe(201);
    return (response.json as { meeting: Meeting }).meeting;
  }

  function listen(room: Room): Heard {
    const heard: Heard = { knocks: [], outcomes: [], refusals: [], codes: [], types: [], leftWith: undefined };
    room.onMessage(MeetingRoomMessages.knocks, (k: KnockList) => heard.knocks.push(k));
    room.onMessage(MeetingRoomMessages.lobbyOutcome, (o: LobbyOutcome) => heard.outcomes.push(o.outcome));
    room.onMessage(MESSAGES.notice, (n: Notice) => {
      heard.refusals.push(n.reason ?? n.kind);
      if (n.refusal) heard.codes.push(n.refusal.code);
    });
    room.onMessage('*', (type) => heard.types.push(String(type)));
    room.onLeave((code) => (heard.leftWith = code));
    return heard;
  }

  function joinOptions(who: Person, meetingId: string) {
    return { token: who.token, protocol: PROTOCOL_VERSION, meetingId };
  }

  async function enter(who: Person, meetingId: string) {
    const room = await colyseusClient(server()).joinOrCreate<MeetingRoomState>(
      ROOMS.meeting,
      joinOptions(who, meetingId),
    );
    open.push(room);
    const heard = listen(room);
    await until(() => room.state.attendees?.get(room.sessionId) !== undefined, 5000, 'own attendee');
    return { room, heard };
  }

  async function knock(who: Person, meetingId: string) {
    const room = await colyseusClient(server()).joinOrCreate(ROOMS.meetingLobby, joinOptions(who, meetingId));
    open.push(room);
    return { room, heard: listen(room) };
  }

  const token = (who: Person, room: string) =>
    call(server(), 'POST', '/api/media/token', { token: who.token, body: { room } });

  return { person, bookNow, enter, knock, token, joinOptions };
}

const lastKnocks = (heard: Heard) => heard.knocks.at(-1)?.knocks.map((k) => k.userId) ?? [];

describe.each(BACKENDS)('being in a side meeting on $name', { timeout: 60_000 }, ({ create }) => {
  let target: TestDatabase;
  let server: ExpoServer;
  beforeAll(async () => {
    target = await create();
    server = await startTestServer(target.env);
  });
  afterAll(async () => {
    await server.close();
    await target.drop();
  });
  const { person, bookNow, enter, knock, token, joinOptions } = onServer(() => server);

  it('keeps out anyone not on the list, without telling them anything about the meeting', async () => {
    const host = await person('Host');
    const outsider = await person('Outsider');
    const meeting = await bookNow(host, 'baku');
    await enter(host, meeting.id);

    const client = colyseusClient(server);
    await expect(client.joinOrCreate(ROOMS.meeting, joinOptions(outsider, meeting.id))).rejects.toMatchObject(
      NOT_LISTED,
    );
    await expect(client.joinOrCreate(ROOMS.meeting, joinOptions(outsider, randomUUID()))).rejects.toMatchObject(
      NOT_LISTED,
    );
    await expect(client.joinOrCreate(ROOMS.meeting, { ...joinOptions(outsider, 'nope') })).rejects.toMatchObject({
      code: JOIN_ERRORS.bad_request,
    });
    await expect(
      client.joinOrCreate(ROOMS.meeting, { ...joinOptions(host, meeting.id), protocol: 2 }),
    ).rejects.toMatchObject({ code: JOIN_ERRORS.protocol_mismatch });

    // No token either: the same 404 as for a meeting that does not exist.
    const refused = await token(outsider, `meeting-${meeting.id}`);
    const missing = await token(outsider, `meeting-${randomUUID()}`);
    expect(refused.status).toBe(404);
    expect(refused.json).toEqual(missing.json);
    // Not listed anywhere: not on their agenda, and the room carries nothing of the meeting.
    const agenda = (await call(server, 'GET', '/api/meetings', { token: outsider.token }))
      .json as unknown as MeetingList;
    expect(agenda.meetings).toEqual([]);
    const rooms = await matchMaker.query({ name: ROOMS.meeting });
    expect(JSON.stringify(rooms.map((r) => r.metadata ?? null))).not.toContain('Confidential');
  });

  it('tells someone too early when the meeting opens, as an instant the client can write in their language', async () => {
    const host = await person('Early host');
    const startsAt = new Date(Date.now() + 3 * 3_600_000);
    const meeting = await bookNow(host, 'baku', {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    });
    const early = await token(host, `meeting-${meeting.id}`);
    expect(early.status).toBe(409);
    const opens = new Date(startsAt.getTime() - MEETING_LIMITS.earlyMinutes * 60_000).toISOString();
    expect(ApiError.parse(early.json).error.refusal).toEqual({ code: 'meeting_not_yet_open', params: { at: opens } });
  });

  it('lets a knocker in when the chair admits them, turns another away, and refuses knocks once locked', async () => {
    const host = await person('Host');
    const guest = await person('Guest');
    const stranger = await person('Stranger');
    const meeting = await bookNow(host, 'astana', { invitees: [guest.id] });
    const chair = await enter(host, meeting.id);
    const listed = await enter(guest, meeting.id);
    expect(chair.room.state.attendees.get(chair.room.sessionId)!.chair).toBe(true);
    expect(listed.room.state.attendees.get(listed.room.sessionId)!.chair).toBe(false);

    const visitor = await person('Visitor Aida', { role: 'visitor' });
    const lobby = await knock(visitor, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(visitor.id), 5000, 'the knock at the chair');
    expect(chair.heard.knocks.at(-1)!.knocks[0]).toMatchObject({ name: 'Visitor Aida', role: 'visitor' });
    // Only chairs hear knocks, and the lobby hears nothing about the meeting.
    expect(listed.heard.knocks).toEqual([]);

    chair.room.send(MeetingRoomMessages.admit, { userId: visitor.id });
    await until(() => lobby.heard.outcomes.includes('admitted'), 5000, 'admitted');
    // Besides the answer, the lobby only passed on the agenda's nudge that reloads the meeting, now theirs,
    // and the organisers' banner, which every room says on joining (none here).
    expect(lobby.heard.types.filter((t) => t !== MeetingMessages.changed && t !== MESSAGES.announcement)).toEqual([]);
    await until(() => lastKnocks(chair.heard).length === 0, 5000, 'the knock gone');
    const admitted = await enter(visitor, meeting.id);
    expect(admitted.room.state.attendees.size).toBe(3);

    const turnedAway = await knock(stranger, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(stranger.id), 5000, 'the second knock');
    chair.room.send(MeetingRoomMessages.deny, { userId: stranger.id });
    await until(() => turnedAway.heard.outcomes.includes('denied'), 5000, 'denied');
    await until(() => turnedAway.heard.leftWith !== undefined, 5000, 'the lobby closed');
    await expect(
      colyseusClient(server).joinOrCreate(ROOMS.meeting, joinOptions(stranger, meeting.id)),
    ).rejects.toMatchObject(NOT_LISTED);

    const waiting = await knock(stranger, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(stranger.id), 5000, 'the knock again');
    chair.room.send(MeetingRoomMessages.lock, { locked: true });
    await until(() => waiting.heard.outcomes.includes('locked'), 5000, 'locked out');
    await until(() => chair.room.state.locked, 5000, 'locked state');
    const late = await person('Late');
    await expect(
      colyseusClient(server).joinOrCreate(ROOMS.meetingLobby, joinOptions(late, meeting.id)),
    ).rejects.toMatchObject({ code: JOIN_ERRORS.locked, message: expect.stringMatching(/locked/) });
    chair.room.send(MeetingRoomMessages.lock, { locked: false });
    await until(() => !chair.room.state.locked, 5000, 'unlocked');
    await knock(late, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(late.id), 5000, 'a knock after unlocking');

    // Someone in another meeting at this time cannot be let in: the chair is told why.
    const busyHost = await person('Busy host');
    const busy = await person('Busy Bek');
    await bookNow(busyHost, 'bishkek', { invitees: [busy.id] });
    await knock(busy, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(busy.id), 5000, 'the busy knock');
    chair.room.send(MeetingRoomMessages.admit, { userId: busy.id });
    await until(() => chair.heard.refusals.length > 0, 5000, 'the refusal');
    expect(chair.heard.refusals.at(-1)).toMatch(/^Busy Bek is booked into another meeting at this time/);
    expect(lastKnocks(chair.heard)).toContain(busy.id);

    // Knocks to a meeting that does not exist are refused as "not open", with no more said.
    await expect(
      colyseusClient(server).joinOrCreate(ROOMS.meetingLobby, joinOptions(late, randomUUID())),
    ).rejects.toMatchObject({ code: JOIN_ERRORS.forbidden, message: 'this meeting is not open' });
  });

  it('gives the floor in order; only the chair gives it, removes and ends; payloads are checked', async () => {
    const host = await person('Host');
    const [a, b, c] = await Promise.all([person('Alma'), person('Bolat'), person('Cem')]);
    const organiser = await person('Organiser', { role: 'organiser' });
    const meeting = await bookNow(host, 'ankara', { invitees: [a.id, b.id, c.id, organiser.id] });
    const chair = await enter(host, meeting.id);
    const inA = await enter(a, meeting.id);
    const inB = await enter(b, meeting.id);
    const inC = await enter(c, meeting.id);
    const inOrganiser = await enter(organiser, meeting.id);
    expect(inOrganiser.room.state.attendees.get(inOrganiser.room.sessionId)!.chair).toBe(true);

    inA.room.send(MeetingRoomMessages.requestFloor, { wanted: true });
    await until(() => chair.room.state.floor.length === 1, 5000, 'A queued');
    inB.room.send(MeetingRoomMessages.requestFloor, { wanted: true });
    await until(() => chair.room.state.floor.length === 2, 5000, 'B queued');
    expect([...chair.room.state.floor]).toEqual([a.id, b.id]);

    chair.room.send(MeetingRoomMessages.giveFloor, { userId: a.id });
    await until(() => chair.room.state.speaker === a.id, 5000, 'A speaking');
    expect([...chair.room.state.floor]).toEqual([b.id]);

    // A member who is not a chair: refused, nothing changes.
    inC.room.send(MeetingRoomMessages.giveFloor, { userId: c.id });
    inC.room.send(MeetingRoomMessages.remove, { userId: b.id });
    inC.room.send(MeetingRoomMessages.end);
    await until(() => inC.heard.refusals.length === 3, 5000, 'three refusals');
    expect(inC.heard.refusals).toEqual(Array(3).fill('only the chair may do this'));
    expect(chair.room.state.speaker).toBe(a.id);
    expect(chair.room.state.attendees.size).toBe(5);
    expect(chair.room.state.ended).toBe(false);

    // Bad payloads, even from the chair: refused, nothing changes.
    chair.room.send(MeetingRoomMessages.giveFloor, { userId: 'someone' });
    chair.room.send(MeetingRoomMessages.lock, {});
    chair.room.send(MeetingRoomMessages.end, { now: true });
    inB.room.send(MeetingRoomMessages.requestFloor, { wanted: 'yes' });
    chair.room.send(MeetingRoomMessages.giveFloor, { userId: randomUUID() });
    await until(() => chair.heard.refusals.length === 4 && inB.heard.refusals.length === 1, 5000, 'refusals');
    expect(chair.heard.refusals.at(-1)).toBe('they are not in the meeting');
    expect(chair.room.state.speaker).toBe(a.id);
    expect(chair.room.state.locked).toBe(false);
    expect(chair.room.state.ended).toBe(false);

    // The chair removes B: out of the room and off the list, so back only by knocking.
    chair.room.send(MeetingRoomMessages.remove, { userId: b.id });
    await until(() => inB.heard.leftWith !== undefined, 5000, 'B removed');
    expect(inB.heard.leftWith).toBe(CLOSE_CODES.removed);
    await until(() => chair.room.state.floor.length === 0 && chair.room.state.attendees.size === 4, 5000, 'B gone');
    await expect(colyseusClient(server).joinOrCreate(ROOMS.meeting, joinOptions(b, meeting.id))).rejects.toMatchObject(
      NOT_LISTED,
    );
    chair.room.send(MeetingRoomMessages.remove, { userId: host.id });
    await until(() => chair.heard.refusals.length === 5, 5000, 'the host not removable');

    const lobby = await knock(b, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(b.id), 5000, 'B knocking');
    chair.room.send(MeetingRoomMessages.end);
    await until(() => chair.room.state.ended, 5000, 'ended');
    await until(() => lobby.heard.outcomes.includes('ended'), 5000, 'the lobby told');
    await until(
      () => [chair, inA, inC, inOrganiser].every((x) => x.heard.leftWith === CLOSE_CODES.meetingEnded),
      5000,
      'everyone closed',
    );
    const row = await server.db
      .selectFrom('meetings')
      .select('status')
      .where('id', '=', meeting.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('ended');
    await expect(colyseusClient(server).joinOrCreate(ROOMS.meeting, joinOptions(a, meeting.id))).rejects.toMatchObject({
      code: JOIN_ERRORS.forbidden,
      message: 'the meeting is over',
    });
    await expect(
      colyseusClient(server).joinOrCreate(ROOMS.meetingLobby, joinOptions(b, meeting.id)),
    ).rejects.toMatchObject({ code: JOIN_ERRORS.forbidden, message: 'this meeting is not open' });
  });

  it('follows its booking: someone taken off the list leaves, and a cancelled meeting closes', async () => {
    const host = await person('Host');
    const [a, b] = [await person('Delegate A'), await person('Delegate B')];
    // Ankara is free again: the meeting held there in the test before was ended.
    const meeting = await bookNow(host, 'ankara', { invitees: [a.id, b.id] });
    const chair = await enter(host, meeting.id);
    const [inA, inB] = [await enter(a, meeting.id), await enter(b, meeting.id)];
    const outsider = await person('Outsider');
    const lobby = await knock(outsider, meeting.id);
    await until(() => lastKnocks(chair.heard).includes(outsider.id), 5000, 'the knock');

    const edit = await call(server, 'PATCH', `/api/meetings/${meeting.id}`, {
      token: host.token,
      body: { invitees: [a.id] },
    });
    expect(edit.status, edit.text).toBe(200);
    await until(() => inB.heard.leftWith !== undefined, 5000, 'B put out');
    expect(inB.heard.leftWith).toBe(CLOSE_CODES.removed);
    expect(inA.heard.leftWith).toBeUndefined();

    const cancelled = await call(server, 'POST', `/api/meetings/${meeting.id}/cancel`, { token: host.token });
    expect(cancelled.status, cancelled.text).toBe(200);
    await until(() => chair.room.state.ended, 5000, 'ended by the cancellation');
    await until(() => lobby.heard.outcomes.includes('ended'), 5000, 'the lobby told');
    await until(
      () => [chair, inA].every((x) => x.heard.leftWith === CLOSE_CODES.meetingEnded),
      5000,
      'everyone closed',
    );
  });

  it('relays the keys of an end-to-end encrypted meeting between those present, and holds nothing but public keys', async () => {
    const plainHost = await person('Plain host');
    const plain = await bookNow(plainHost, 'tashkent');
    expect(plain.e2ee).toBe(false);
    const inPlain = await enter(plainHost, plain.id);
    const plainKeys = await makeKeyPair();
    inPlain.room.send(MeetingRoomMessages.e2eeHello, { publicKey: plainKeys.publicKey });
    await until(() => inPlain.heard.refusals.length === 1, 5000, 'hello refused');
    expect(inPlain.heard.refusals).toEqual(['this meeting is not end-to-end encrypted']);
    // Not a key that failed to pass, which would tell them to join again in vain.
    expect(inPlain.heard.codes).toEqual(['e2ee_off']);
    expect(inPlain.room.state.attendees.get(inPlain.room.sessionId)!.e2eeKey).toBe('');

    const host = await person('Host');
    const [a, b] = await Promise.all([person('Alma'), person('Bolat')]);
    // Ankara is free again: the meeting held there in the test before was cancelled.
    const meeting = await bookNow(host, 'ankara', { invitees: [a.id, b.id], e2ee: true });
    expect(meeting.e2ee).toBe(true);
    const chair = await enter(host, meeting.id);
    const [inA, inB] = [await enter(a, meeting.id), await enter(b, meeting.id)];
    const { state } = chair.room;
    expect(state.e2ee).toBe(true);
    expect(state.keyHolder).toBe('');
    const [hostKeys, aKeys, bKeys] = await Promise.all([makeKeyPair(), makeKeyPair(), makeKeyPair()]);

    // Hello: the chair becomes the key holder; bad keys and a second key are refused.
    chair.room.send(MeetingRoomMessages.e2eeHello, { publicKey: hostKeys.publicKey });
    await until(() => state.keyHolder === chair.room.sessionId, 5000, 'the chair holds the key');
    expect(state.keyEpoch).toBe(1);
    inA.room.send(MeetingRoomMessages.e2eeHello, { publicKey: 'short' });
    inA.room.send(MeetingRoomMessages.e2eeHello, { publicKey: aKeys.publicKey + 'A' });
    inA.room.send(MeetingRoomMessages.e2eeHello, { publicKey: aKeys.publicKey });
    await until(() => state.attendees.get(inA.room.sessionId)!.e2eeKey === aKeys.publicKey, 5000, "A's key");
    inA.room.send(MeetingRoomMessages.e2eeHello, { publicKey: bKeys.publicKey });
    await until(() => inA.heard.refusals.length === 3, 5000, 'bad hellos refused');
    expect(inA.heard.refusals[0]).toContain('not a P-256 public key');
    expect(inA.heard.refusals[2]).toBe('this connection already has a key; join again for a new one');
    expect(state.attendees.get(inA.room.sessionId)!.e2eeKey).toBe(aKeys.publicKey);

    // Seals: only the holder's, of this epoch, of the right size, to someone here with a key.
    const key = newMeetingKey();
    const toA = { meetingId: meeting.id, epoch: 1, recipientKey: aKeys.publicKey };
    const sealed = await sealMeetingKey(key, hostKeys.privateKey, toA);
    const aSession = inA.room.sessionId;
    inA.room.send(MeetingRoomMessages.e2eeSeal, { to: chair.room.sessionId, epoch: 1, ...sealed });
    chair.room.send(MeetingRoomMessages.e2eeSeal, { to: aSession, epoch: 2, ...sealed });
    chair.room.send(MeetingRoomMessages.e2eeSeal, { to: aSession, epoch: 1, ...sealed, data: sealed.data + 'AAAA' });
    chair.room.send(MeetingRoomMessages.e2eeSeal, { to: inB.room.sessionId, epoch: 1, ...sealed });
    chair.room.send(MeetingRoomMessages.e2eeSeal, { to: 'nobody', epoch: 1, ...sealed });
    await until(() => inA.heard.refusals.length === 4 && chair.heard.refusals.length === 4, 5000, 'seals refused');
    expect(inA.heard.refusals.at(-1)).toBe('only the key holder hands out the meeting key');
    expect(chair.heard.refusals[0]).toBe('that meeting key is out of date');
    expect(chair.heard.refusals[1]).toContain('not a sealed meeting key');
    expect(chair.heard.refusals.slice(2)).toEqual(Array(2).fill('they are not in the meeting'));

    const received: E2eeSealed[] = [];
    inA.room.onMessage(MeetingRoomMessages.e2eeSealed, (m: E2eeSealed) => received.push(m));
    chair.room.send(MeetingRoomMessages.e2eeSeal, { to: aSession, epoch: 1, ...sealed });
    await until(() => received.length === 1, 5000, 'the seal relayed');
    expect(received[0]).toEqual({ from: chair.room.sessionId, fromKey: hostKeys.publicKey, epoch: 1, ...sealed });
    const opened = await unsealMeetingKey(received[0]!, aKeys.privateKey, received[0]!.fromKey, toA);
    expect(opened).toEqual(key);
    expect(await securityCode(opened, received[0]!.fromKey)).toBe(await securityCode(key, hostKeys.publicKey));
    expect(inB.heard.types).not.toContain(MeetingRoomMessages.e2eeSealed);
    expect(chair.heard.types).not.toContain(MeetingRoomMessages.e2eeSealed);

    inA.room.send(MeetingRoomMessages.e2eeHave, { epoch: 1 });
    await until(() => state.attendees.get(aSession)!.keyEpoch === 1, 5000, 'A has the key');
    inB.room.send(MeetingRoomMessages.e2eeHello, { publicKey: bKeys.publicKey });
    await until(() => state.attendees.get(inB.room.sessionId)!.e2eeKey === bKeys.publicKey, 5000, "B's key");

    // The state shows public keys and epochs, nothing sealed.
    const shown = JSON.stringify(inB.room.state.toJSON());
    expect(shown).not.toContain(sealed.data);
    expect(shown).not.toContain(sealed.iv);
    const keys = [...inB.room.state.attendees.values()].map((x) => x.e2eeKey).sort();
    expect(keys).toEqual([hostKeys.publicKey, aKeys.publicKey, bKeys.publicKey].sort());

    // Removing B makes the holder renew the key; the holder leaving hands it on, with a new key again.
    chair.room.send(MeetingRoomMessages.remove, { userId: b.id });
    await until(() => inB.heard.leftWith === CLOSE_CODES.removed, 5000, 'B removed');
    await until(() => state.keyEpoch === 2, 5000, 'a new key after the removal');
    expect(state.keyHolder).toBe(chair.room.sessionId);
    await chair.room.leave(true);
    await until(() => inA.room.state.keyHolder === aSession, 5000, 'A holds the key');
    expect(inA.room.state.keyEpoch).toBe(3);
  });
});

describe('media tokens for a side meeting', { timeout: 60_000 }, () => {
  let server: ExpoServer;
  beforeAll(async () => {
    // Tokens are signed here, not fetched: naming a LiveKit deployment is enough and nothing is contacted.
    server = await startTestServer({ LIVEKIT_URL: 'ws://127.0.0.1:9', LIVEKIT_API_SECRET: 'x'.repeat(40) });
  });
  afterAll(() => server.close());
  const { person, bookNow, enter, knock, token } = onServer(() => server);

  const grantsOf = (answer: { json: unknown }) => {
    const body = answer.json as MediaToken;
    return { body, claims: decodeJwt(body.token) as { video: Record<string, unknown>; roomConfig?: unknown } };
  };

  it('go to the people on the list and those let in, with the grants of their part; 404 to anyone else', async () => {
    const host = await person('Host');
    const guest = await person('Guest');
    const interpreter = await person('Interpreter', { role: 'interpreter', lang: 'ru' });
    const outsider = await person('Outsider');
    const meeting = await bookNow(host, 'tashkent', {
      invitees: [guest.id, interpreter.id],
      languages: ['ru'],
      noRecording: true,
    });
    const room = `meeting-${meeting.id}`;

    const chair = grantsOf(await token(host, room));
    expect(chair.body).toMatchObject({ publish: ['camera', 'microphone', 'screen_share'], admin: true });
    expect(chair.claims.video).toMatchObject({
      room,
      roomJoin: true,
      canPublish: true,
      canPublishSources: ['camera', 'microphone', 'screen_share'],
      roomAdmin: true,
      recorder: false,
    });
    expect(chair.claims.roomConfig).toMatchObject({ metadata: JSON.stringify({ noRecording: true }) });

    const member = grantsOf(await token(guest, room));
    expect(member.body).toMatchObject({ publish: ['camera', 'microphone', 'screen_share'], admin: false });
    expect(member.claims.video.roomAdmin ?? false).toBe(false);
    expect(grantsOf(await token(interpreter, room)).body).toMatchObject({ publish: ['microphone'], admin: false });

    const refused = await token(outsider, room);
    expect(refused.status).toBe(404);
    expect(refused.json).toEqual((await token(outsider, `meeting-${randomUUID()}`)).json);
    expect((await token(outsider, 'meeting-1')).status).toBe(400);

    // Let in from the lobby: a member's token.
    const inside = await enter(host, meeting.id);
    const lobby = await knock(outsider, meeting.id);
    await until(() => lastKnocks(inside.heard).includes(outsider.id), 5000, 'the knock');
    inside.room.send(MeetingRoomMessages.admit, { userId: outsider.id });
    await until(() => lobby.heard.outcomes.includes('admitted'), 5000, 'admitted');
    expect(grantsOf(await token(outsider, room)).body).toMatchObject({
      publish: ['camera', 'microphone', 'screen_share'],
    });
  });
});
