import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import { ChatMessages, type ChatMessage } from '../../shared/chat.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS, type Notice } from '../../shared/protocol.ts';
import type { RoleGrant } from '../../shared/roles.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { StageMessages, type QuestionList, type StageStatus } from '../../shared/stage.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, sessionWithRole, sleep, startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Someone in the Kazakhstan pavilion, keeping what the room tells them. */
async function inPavilion(token: string) {
  const room: Room<ExpoRoomState> = await colyseusClient(server).joinOrCreate(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: 'kz',
  });
  const seen = {
    status: undefined as StageStatus | undefined,
    questions: undefined as QuestionList | undefined,
    chat: [] as ChatMessage[],
    deleted: [] as string[],
    notices: [] as Notice[],
  };
  room.onMessage(StageMessages.status, (s: StageStatus) => (seen.status = s));
  room.onMessage(StageMessages.questions, (q: QuestionList) => (seen.questions = q));
  room.onMessage(MESSAGES.chat, (m: ChatMessage) => seen.chat.push(m));
  room.onMessage(ChatMessages.deleted, ({ id }: { id: string }) => seen.deleted.push(id));
  room.onMessage(MESSAGES.notice, (n: Notice) => seen.notices.push(n));
  room.onMessage('*', () => undefined);
  await until(() => seen.status !== undefined && seen.questions !== undefined, 5000, 'the stage on arrival');
  return { room, seen };
}

describe('organiser messages in a room', () => {
  it('are refused to every other role, with a reason, and change nothing', async () => {
    const asker = await newSession(server, { name: 'Asker', country: 'kg', lang: 'ky' });
    const a = await inPavilion(asker.token);
    const organiser = await inPavilion((await sessionWithRole(server, { role: 'organiser' })).token);

    // Something for each organiser message to act on: a raised hand, a question, a chat line.
    a.room.send(StageMessages.hand, { raised: true });
    a.room.send(StageMessages.ask, { text: 'Which markets come next for you?' });
    a.room.send(MESSAGES.chat, { kind: 'room', text: 'Hello from the stage' });
    await until(
      () => organiser.seen.status?.hands.length === 1 && organiser.seen.questions?.questions.length === 1,
      3000,
      'the hand and the question',
    );
    await until(() => organiser.seen.chat.length === 1, 3000, 'the chat line');
    const questionId = organiser.seen.questions!.questions[0]!.id;
    const messageId = organiser.seen.chat[0]!.id;
    const person = { userId: asker.user.id };

    const organiserOnly: [string, unknown][] = [
      [StageMessages.promote, person],
      [StageMessages.demote, person],
      [StageMessages.muteTrack, { ...person, trackSid: 'TR_example' }],
      [StageMessages.remove, person],
      [StageMessages.answer, { id: questionId }],
      [ChatMessages.delete, { id: messageId }],
    ];
    const catalogue = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    const others: RoleGrant[] = [
      { role: 'visitor' },
      { role: 'exhibitor', boothId: catalogue.pavilions[0]!.booths[0]!.id },
      { role: 'speaker', stage: 'kz' },
      { role: 'delegate', delegation: 'tr' },
      { role: 'interpreter', lang: 'hu' },
    ];
    for (const grant of others) {
      const someone = await inPavilion((await sessionWithRole(server, grant)).token);
      for (const [type, body] of organiserOnly) {
        const before = someone.seen.notices.length;
        someone.room.send(type, body);
        await until(() => someone.seen.notices.length === before + 1, 3000, `${grant.role} ${type} refused`);
        expect(someone.seen.notices.at(-1), `${grant.role} ${type}`).toMatchObject({
          kind: 'message_refused',
          refusal: { code: 'not_allowed' },
        });
      }
      await someone.room.leave();
    }

    // Let any stray effect arrive before looking: nothing moved.
    await sleep(300);
    expect(organiser.seen.status!.hands.map((h) => h.userId)).toEqual([asker.user.id]);
    expect(organiser.seen.status!.promoted).toEqual([]);
    expect(organiser.seen.questions!.questions[0]).toMatchObject({ id: questionId, answered: false });
    expect(organiser.seen.deleted).toEqual([]);
    expect(a.seen.deleted).toEqual([]);
    expect(a.room.connection.isOpen).toBe(true);

    // The same messages from an organiser do act, so the refusals above were about the role.
    organiser.room.send(StageMessages.answer, { id: questionId });
    organiser.room.send(ChatMessages.delete, { id: messageId });
    await until(() => a.seen.deleted.includes(messageId), 3000, 'the organiser’s deletion');
    await until(() => a.seen.questions?.questions[0]?.answered === true, 3000, 'the organiser’s answer');
    for (const p of [a, organiser]) await p.room.leave();
  });
});
