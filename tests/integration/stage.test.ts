import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS, type Notice } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { StageMessages, type QuestionList, type StageStatus } from '../../shared/stage.ts';
import { colyseusClient, newSession, sessionWithRole, sleep, startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Someone in the Kazakhstan pavilion, with what its stage tells them. */
async function inPavilion(token: string) {
  const room: Room<ExpoRoomState> = await colyseusClient(server).joinOrCreate(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: 'kz',
  });
  const seen = { status: undefined as StageStatus | undefined, questions: undefined as QuestionList | undefined };
  const notices: Notice[] = [];
  room.onMessage(StageMessages.status, (s: StageStatus) => (seen.status = s));
  room.onMessage(StageMessages.questions, (q: QuestionList) => (seen.questions = q));
  room.onMessage(MESSAGES.notice, (n: Notice) => notices.push(n));
  room.onMessage('*', () => undefined);
  await until(() => seen.status !== undefined && seen.questions !== undefined, 5000, 'the stage on arrival');
  return { room, seen, notices };
}

describe('a pavilion stage', () => {
  it('queues raised hands for everyone in the pavilion; an organiser lets one speak; only organisers may', async () => {
    const visitor = await newSession(server, { name: 'Asker', country: 'kg', lang: 'ky' });
    const a = await inPavilion(visitor.token);
    const organiser = await inPavilion((await sessionWithRole(server, { role: 'organiser' })).token);

    a.room.send(StageMessages.hand, { raised: true });
    await until(() => organiser.seen.status?.hands.length === 1, 3000, 'the raised hand');
    expect(organiser.seen.status!.hands[0]).toMatchObject({ userId: visitor.user.id, name: 'Asker', country: 'kg' });

    a.room.send(StageMessages.promote, { userId: visitor.user.id });
    await until(() => a.notices.length === 1, 3000, 'the refusal');
    expect(a.notices[0]).toMatchObject({ kind: 'message_refused' });
    expect(organiser.seen.status!.promoted).toEqual([]);

    organiser.room.send(StageMessages.promote, { userId: visitor.user.id });
    await until(() => a.seen.status?.promoted.includes(visitor.user.id) === true, 3000, 'the promotion');
    expect(a.seen.status!.hands).toEqual([]);
    organiser.room.send(StageMessages.demote, { userId: visitor.user.id });
    await until(() => a.seen.status?.promoted.length === 0, 3000, 'the demotion');

    organiser.room.send(StageMessages.promote, { userId: 'not-a-uuid' });
    await until(() => organiser.notices.length === 1, 3000, 'the bad request refused');
    // Voice and video are off here: muting a track says so rather than doing nothing.
    organiser.room.send(StageMessages.muteTrack, { userId: visitor.user.id, trackSid: 'TR_x' });
    await until(() => organiser.notices.length === 2, 3000, 'the mute refused');
    expect(organiser.notices[1]).toMatchObject({
      kind: 'message_refused',
      reason: 'voice and video are off on this server',
      refusal: { code: 'media_off' },
    });
    for (const p of [a, organiser]) await p.room.leave();
  });

  it('keeps questions, one vote per person (not for one’s own), best voted first, answered last', async () => {
    const alice = await inPavilion((await newSession(server, { name: 'Alice', country: 'hu', lang: 'hu' })).token);
    const bob = await inPavilion((await newSession(server, { name: 'Bob', country: 'tr', lang: 'tr' })).token);
    const organiser = await inPavilion((await sessionWithRole(server, { role: 'organiser' })).token);

    alice.room.send(StageMessages.ask, { text: 'How do you scale across the region?' });
    await until(() => bob.seen.questions?.questions.length === 1, 3000, 'the first question');
    bob.room.send(StageMessages.ask, { text: 'What is your revenue model?' });
    await until(() => alice.seen.questions?.questions.length === 2, 3000, 'the second question');
    const second = alice.seen.questions!.questions.find((q) => q.name === 'Bob')!;

    alice.room.send(StageMessages.vote, { id: second.id });
    await until(() => bob.seen.questions?.questions[0]?.id === second.id, 3000, 'the voted question first');
    expect(bob.seen.questions!.questions[0]).toMatchObject({ votes: 1, votedByMe: false });
    await until(() => alice.seen.questions?.questions[0]?.votedByMe === true, 3000, 'alice sees her vote');

    bob.room.send(StageMessages.vote, { id: second.id });
    await sleep(300);
    expect(alice.seen.questions!.questions[0]!.votes).toBe(1);

    bob.room.send(StageMessages.answer, { id: second.id });
    await until(() => bob.notices.some((n) => n.kind === 'message_refused'), 3000, 'a visitor may not answer');
    organiser.room.send(StageMessages.answer, { id: second.id });
    await until(() => alice.seen.questions?.questions.at(-1)?.answered === true, 3000, 'answered last');

    alice.room.send(StageMessages.ask, { text: 'x' });
    await until(() => alice.notices.some((n) => n.kind === 'message_refused'), 3000, 'a too-short question refused');
    alice.room.send(StageMessages.ask, { text: 'Is this \u0007 fine?' });
    await until(
      () => alice.notices.some((n) => n.reason?.includes('control characters') === true),
      3000,
      'a question with a control character refused',
    );
    expect(alice.seen.questions!.questions.some((q) => q.text.includes('\u0007'))).toBe(false);

    // Someone arriving later sees the same list.
    const late = await inPavilion((await newSession(server)).token);
    expect(late.seen.questions!.questions.map((q) => q.text)).toEqual(
      alice.seen.questions!.questions.map((q) => q.text),
    );
    for (const p of [alice, bob, organiser, late]) await p.room.leave();
  });
});
