import { randomUUID } from 'node:crypto';
import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import {
  CARD_LIMITS,
  CardMessages,
  type CardList,
  type CardOfferClosed,
  type CardRefusal,
  type CollectedCard,
  type IncomingCardOffer,
  type OutgoingCardOffer,
} from '../../shared/cards.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { CardFace } from '../../shared/cards.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
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

const OFFER_SECONDS = 3;

const ASTANA: CardFace = {
  organisation: 'Astana Hub',
  title: 'Head of partnerships',
  email: 'aigerim@astanahub.kz',
  phone: '+7 701 555 12 34',
  website: 'https://astanahub.com',
};
const BILKENT: CardFace = { organisation: 'Bilkent Cyberpark', title: 'Director', email: '', phone: '', website: '' };

describe.each(BACKENDS)('business cards on $name', { timeout: 90_000 }, ({ create }) => {
  let target: TestDatabase;
  let server: ExpoServer;
  beforeAll(async () => {
    target = await create();
    server = await startTestServer({ ...target.env, CARD_OFFER_SECONDS: String(OFFER_SECONDS) });
  });
  afterAll(async () => {
    await server.close();
    await target.drop();
  });

  /** Someone with a card, in a room, with every card message the room sends them recorded. */
  async function person(name: string, country: string, face?: CardFace, where: 'plaza' | 'pavilion' = 'plaza') {
    const session = await newSession(server, { name, country, lang: 'en' });
    if (face) await call(server, 'PATCH', '/api/profile', { token: session.token, body: face });
    const room: Room<ExpoRoomState> =
      where === 'plaza'
        ? await joinPlaza(server, session.token)
        : await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
            token: session.token,
            protocol: PROTOCOL_VERSION,
            pavilionId: 'kz',
          });
    if (where === 'pavilion') room.onMessage('*', () => undefined);
    const got = {
      incoming: [] as IncomingCardOffer[],
      waiting: [] as OutgoingCardOffer[],
      closed: [] as CardOfferClosed[],
      exchanged: [] as CollectedCard[],
      refused: [] as CardRefusal[],
    };
    room.onMessage(CardMessages.incoming, (m: IncomingCardOffer) => got.incoming.push(m));
    room.onMessage(CardMessages.waiting, (m: OutgoingCardOffer) => got.waiting.push(m));
    room.onMessage(CardMessages.closed, (m: CardOfferClosed) => got.closed.push(m));
    room.onMessage(CardMessages.exchanged, (m: CollectedCard) => got.exchanged.push(m));
    room.onMessage(CardMessages.refused, (m: CardRefusal) => got.refused.push(m));
    const cards = async () => {
      const answer = await call(server, 'GET', '/api/cards', { token: session.token });
      return { status: answer.status, ...(answer.json as CardList) };
    };
    const total = () => Object.values(got).reduce((sum, list) => sum + list.length, 0);
    return { id: session.user.id, name, token: session.token, room, got, cards, total };
  }
  type Person = Awaited<ReturnType<typeof person>>;

  const offer = (from: Person, to: { id: string } | unknown) =>
    from.room.send(CardMessages.offer, typeof to === 'object' && to && 'id' in to ? { toUserId: to.id } : to);
  const answer = (by: Person, from: Person, accept: boolean) =>
    by.room.send(CardMessages.answer, { fromUserId: from.id, accept });
  const leaveAll = (...people: Person[]) => Promise.all(people.map((p) => p.room.leave()));

  /** Gives pending messages time to arrive, so that "nothing happened" is not said too early. */
  const settle = () => sleep(300);

  it('offer and accept: both receive exactly the other card, one exchange is stored for both, a third person sees nothing', async () => {
    const a = await person('Aigerim', 'kz', ASTANA);
    const b = await person('Mehmet', 'tr', BILKENT);
    const c = await person('Onlooker', 'uz', { ...BILKENT, organisation: 'IT Park' });

    offer(a, b);
    await until(() => b.got.incoming.length === 1 && a.got.waiting.length === 1, 5000, 'the offer');
    expect(b.got.incoming[0]!.from).toEqual({
      userId: a.id,
      name: 'Aigerim',
      country: 'kz',
      role: 'visitor',
      organisation: 'Astana Hub',
    });
    expect(a.got.waiting[0]).toMatchObject({ toUserId: b.id, name: 'Mehmet' });
    const left = Date.parse(b.got.incoming[0]!.expiresAt) - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(OFFER_SECONDS * 1000);
    // Nothing is shared before the answer.
    expect(a.got.exchanged).toEqual([]);
    expect((await a.cards()).cards).toEqual([]);

    answer(b, a, true);
    await until(() => a.got.exchanged.length === 1 && b.got.exchanged.length === 1, 5000, 'the exchange');
    expect(a.got.exchanged[0]!.card).toEqual({
      userId: b.id,
      name: 'Mehmet',
      country: 'tr',
      role: 'visitor',
      ...BILKENT,
    });
    expect(b.got.exchanged[0]!.card).toEqual({
      userId: a.id,
      name: 'Aigerim',
      country: 'kz',
      role: 'visitor',
      ...ASTANA,
    });
    expect(a.got.exchanged[0]!.place).toBe('plaza');

    const [mine, theirs] = [(await a.cards()).cards, (await b.cards()).cards];
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(1);
    expect(mine[0]).toEqual(a.got.exchanged[0]);
    expect(theirs[0]).toEqual(b.got.exchanged[0]);
    expect(mine[0]!.exchangeId).toBe(theirs[0]!.exchangeId);

    await settle();
    expect(c.total()).toBe(0);
    expect((await c.cards()).cards).toEqual([]);

    // A later change of A's card does not rewrite the card B was given.
    await call(server, 'PATCH', '/api/profile', { token: a.token, body: { organisation: 'Somewhere else' } });
    expect((await b.cards()).cards[0]!.card.organisation).toBe('Astana Hub');
    await leaveAll(a, b, c);
  });

  it('a declined offer shares nothing, the sender is told, and the offer cannot be answered again', async () => {
    const a = await person('Aida', 'az', ASTANA);
    const b = await person('Bolat', 'kz', BILKENT);
    offer(a, b);
    await until(() => b.got.incoming.length === 1, 5000, 'the offer');
    answer(b, a, false);
    await until(() => a.got.closed.length === 1 && b.got.closed.length === 1, 5000, 'the refusal');
    expect(a.got.closed[0]).toEqual({ fromUserId: a.id, toUserId: b.id, name: 'Bolat', reason: 'declined' });
    expect(b.got.closed[0]).toMatchObject({ name: 'Aida', reason: 'declined' });

    answer(b, a, true);
    await until(() => b.got.refused.length === 1, 5000, 'a refusal');
    expect(b.got.refused[0]!.reason).toBe('no_offer');
    await settle();
    expect([...a.got.exchanged, ...b.got.exchanged]).toEqual([]);
    expect((await a.cards()).cards).toEqual([]);
    expect((await b.cards()).cards).toEqual([]);
    await leaveAll(a, b);
  });

  it('an unanswered offer expires and shares nothing', async () => {
    const a = await person('Dilnoza', 'uz', ASTANA);
    const b = await person('Emre', 'tr', BILKENT);
    offer(a, b);
    await until(() => b.got.incoming.length === 1, 5000, 'the offer');
    await until(() => a.got.closed.length === 1 && b.got.closed.length === 1, OFFER_SECONDS * 1000 + 5000, 'expiry');
    expect(a.got.closed[0]).toMatchObject({ reason: 'expired', name: 'Emre' });
    expect(b.got.closed[0]).toMatchObject({ reason: 'expired', name: 'Dilnoza' });
    answer(b, a, true);
    await until(() => b.got.refused.length === 1, 5000, 'a refusal');
    expect(b.got.refused[0]!.reason).toBe('no_offer');
    expect((await b.cards()).cards).toEqual([]);
    expect((await a.cards()).cards).toEqual([]);
    await leaveAll(a, b);
  });

  it('an offer ends with nothing shared when either side leaves the room, or when its sender takes it back', async () => {
    const a = await person('Farida', 'kz', ASTANA);
    const b = await person('Gulnara', 'kg', BILKENT);
    offer(a, b);
    await until(() => b.got.incoming.length === 1, 5000, 'the offer');
    await b.room.leave();
    await until(() => a.got.closed.length === 1, 5000, 'word that B left');
    expect(a.got.closed[0]).toMatchObject({ reason: 'left', name: 'Gulnara' });

    const c = await person('Hasan', 'tr', BILKENT);
    offer(a, c);
    await until(() => c.got.incoming.length === 1, 5000, 'the offer');
    await a.room.leave();
    await until(() => c.got.closed.length === 1, 5000, 'word that A left');
    expect(c.got.closed[0]).toMatchObject({ reason: 'left', name: 'Farida' });

    const d = await person('Ilkin', 'az', ASTANA);
    offer(c, d);
    await until(() => d.got.incoming.length === 1, 5000, 'the offer');
    c.room.send(CardMessages.withdraw, { toUserId: d.id });
    await until(() => d.got.closed.length === 1 && c.got.closed.length === 2, 5000, 'the withdrawal');
    expect(d.got.closed[0]).toMatchObject({ reason: 'withdrawn', name: 'Hasan' });
    answer(d, c, true);
    await until(() => d.got.refused.length === 1, 5000, 'a refusal');

    for (const p of [a, b, c, d]) expect((await p.cards()).cards).toEqual([]);
    await leaveAll(c, d);
  });

  it('two offers crossing count as consent on both sides: one exchange', async () => {
    const a = await person('Jamila', 'uz', ASTANA);
    const b = await person('Kanat', 'kz', BILKENT);
    offer(a, b);
    offer(b, a);
    await until(() => a.got.exchanged.length === 1 && b.got.exchanged.length === 1, 5000, 'the exchange');
    expect(a.got.exchanged[0]!.card).toMatchObject({ userId: b.id, ...BILKENT });
    expect(b.got.exchanged[0]!.card).toMatchObject({ userId: a.id, ...ASTANA });
    await settle();
    expect(a.got.exchanged).toHaveLength(1);
    expect(a.got.refused).toEqual([]);
    expect(b.got.refused).toEqual([]);
    expect((await a.cards()).cards).toHaveLength(1);
    expect((await b.cards()).cards).toHaveLength(1);
    // The other's open offer was used up by the exchange: nothing is left to answer.
    answer(a, b, true);
    await until(() => a.got.refused.length === 1, 5000, 'a refusal');
    expect(a.got.refused[0]!.reason).toBe('no_offer');
    await leaveAll(a, b);
  });

  it('refuses offers to oneself, to unknown people, to people in another room, and malformed messages, changing nothing', async () => {
    const a = await person('Leyla', 'az', ASTANA);
    const elsewhere = await person('Murat', 'kz', BILKENT, 'pavilion');
    const bad: unknown[] = [
      { toUserId: a.id },
      { toUserId: randomUUID() },
      { toUserId: elsewhere.id },
      {},
      { toUserId: 42 },
      { toUserId: '' },
      'hello',
      { toUserId: randomUUID(), extra: true },
    ];
    for (const message of bad) offer(a, message);
    a.room.send(CardMessages.answer, { fromUserId: elsewhere.id });
    a.room.send(CardMessages.answer, { fromUserId: elsewhere.id, accept: 'yes' });
    a.room.send(CardMessages.withdraw, null);
    await until(() => a.got.refused.length === bad.length + 3, 5000, 'every refusal');
    expect(a.got.refused.map((r) => r.reason)).toEqual([
      'self',
      'absent',
      'absent',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    expect(a.got.refused.every((r) => r.message.length > 0)).toBe(true);
    expect(a.got.refused[3]!.message).toMatch(/toUserId/);
    await settle();
    expect(elsewhere.total()).toBe(0);
    expect(a.got.waiting).toEqual([]);
    expect((await a.cards()).cards).toEqual([]);
    await leaveAll(a, elsewhere);
  });

  it('keeps one offer per pair, a few pending per person, and throttles a flood of offers', async () => {
    const a = await person('Nurlan', 'kz', ASTANA);
    const others = await Promise.all(['Oğuz', 'Pərvin', 'Rustam', 'Saule'].map((n) => person(n, 'tr', BILKENT)));
    const [b, c, d, e] = others as [Person, Person, Person, Person];
    offer(a, b);
    offer(a, b);
    offer(a, c);
    offer(a, d);
    offer(a, e);
    await until(() => a.got.waiting.length === 3 && a.got.refused.length === 2, 5000, 'three offers and two refusals');
    expect(a.got.refused.map((r) => r.reason)).toEqual(['already_offered', 'too_many_pending']);
    expect(b.got.incoming).toHaveLength(1);
    expect(e.got.incoming).toHaveLength(0);

    // Taking an offer back and making it again, over and over, runs out of the budget.
    const rounds = CARD_LIMITS.offerBurst - 3 + 1;
    for (let i = 0; i < rounds; i++) {
      a.room.send(CardMessages.withdraw, { toUserId: b.id });
      offer(a, b);
    }
    await until(() => a.got.refused.some((r) => r.reason === 'throttled'), 5000, 'the throttle');
    await settle();
    expect(b.got.incoming).toHaveLength(CARD_LIMITS.offerBurst - 3 + 1);
    expect(a.got.refused.filter((r) => r.reason === 'throttled')).toHaveLength(1);
    for (const p of [a, ...others]) expect((await p.cards()).cards).toEqual([]);
    await leaveAll(a, ...others);
  });

  it('a muted person may still exchange cards (a mute is about chat); a banned one is gone, and their offers with them', async () => {
    const organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' })).token;
    const moderate = (body: Record<string, unknown>) =>
      call(server, 'POST', '/api/moderation', { token: organiser, body });
    const a = await person('Talgat', 'kz', ASTANA);
    const b = await person('Ulviyya', 'az', BILKENT);
    expect((await moderate({ action: 'mute', userId: a.id, reason: 'test' })).status).toBe(201);
    offer(a, b);
    await until(() => b.got.incoming.length === 1, 5000, 'the offer');
    answer(b, a, true);
    await until(() => a.got.exchanged.length === 1 && b.got.exchanged.length === 1, 5000, 'the exchange');

    const c = await person('Vusal', 'az', BILKENT);
    offer(a, c);
    await until(() => c.got.incoming.length === 1, 5000, 'the offer');
    expect((await moderate({ action: 'ban', userId: c.id, reason: 'test' })).status).toBe(201);
    await until(() => a.got.closed.length === 1, 5000, 'word that C is gone');
    expect(a.got.closed[0]).toMatchObject({ reason: 'left', name: 'Vusal' });
    expect((await c.cards()).status).toBe(403);
    expect((await a.cards()).cards.map((x) => x.card.name)).toEqual(['Ulviyya']);
    await leaveAll(a, b);
  });

  it('lists only one’s own cards, and needs a session', async () => {
    expect((await call(server, 'GET', '/api/cards')).status).toBe(401);
    expect((await call(server, 'GET', '/api/cards', { token: 'nonsense' })).status).toBe(401);
  });
});
