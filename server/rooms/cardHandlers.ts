import type { Room } from '@colyseus/core';
import type { Delayed } from '@colyseus/timer';
import type { SessionUser } from '../../shared/api.ts';
import {
  CARD_LIMITS,
  CardAnswer,
  CardMessages,
  CardOffer,
  type BusinessCard,
  type CardOfferClosed,
  type CardPlace,
  type CardRefusal,
  type CardRefusalReason,
  type CollectedCard,
  type IncomingCardOffer,
  type OutgoingCardOffer,
} from '../../shared/cards.ts';
import { describeZodError } from '../../shared/errors.ts';
import { EMPTY_PROFILE, type Profile } from '../../shared/profile.ts';
import type { Zone } from '../../shared/world/world.ts';
import { can } from '../auth/permissions.ts';
import { saveExchange } from '../db/cardStore.ts';
import { loadProfile, profilesOf } from '../db/profileStore.ts';
import { TokenBucket } from '../limits/tokenBucket.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import { countRefusal } from './messageRefusals.ts';
import type { RoomContext } from './roomContext.ts';

/** What the room tells the card exchange about its people. */
export interface CardDesk {
  /** Someone left the room for good: their offers, made or received, end unanswered. */
  departed(client: ExpoClient): void;
}

interface PendingOffer {
  from: SessionUser;
  to: SessionUser;
  expiresAt: Date;
  timer: Delayed;
}

function cardOf(user: SessionUser, profile: Profile = EMPTY_PROFILE): BusinessCard {
  const { organisation, title, email, phone, website } = profile;
  return {
    userId: user.id,
    name: user.name,
    country: user.country,
    role: user.role,
    organisation,
    title,
    email,
    phone,
    website,
  };
}

const key = (fromId: string, toId: string) => `${fromId}>${toId}`;

/**
 * Business cards in one room: A offers, B accepts or declines; only an accepted offer (or two
 * offers crossing, which is consent on both sides) hands each their other's card. Offers go
 * only to people in this room, the ones the visitor sees in the People list; they end unanswered
 * after a while, when either leaves the room, or when their sender takes them back. A mute does
 * not stop an exchange (it is about chat); a banned person is not in any room.
 */
export function registerCardHandlers(room: Room, ctx: RoomContext, zone: () => Zone): CardDesk {
  const offers = new Map<string, PendingOffer>();
  const budgets = new Map<string, TokenBucket>();
  // One message after another, so that two offers crossing are seen as such and never as two offers.
  let queue: Promise<void> = Promise.resolve();

  const clientsOf = (userId: string) => (room.clients as ExpoClient[]).filter((c) => c.auth?.user.id === userId);
  const sendTo = (userId: string, type: string, message: unknown) => {
    for (const client of clientsOf(userId)) client.send(type, message);
  };
  const refuse = (client: ExpoClient, reason: CardRefusalReason, message: string) => {
    countRefusal(reason);
    client.send(CardMessages.refused, { reason, message } satisfies CardRefusal);
  };

  /** Tells both sides that an offer ended with nothing shared; each reads the other's name. */
  function close(offer: PendingOffer, reason: CardOfferClosed['reason']): void {
    take(offer);
    const about = { fromUserId: offer.from.id, toUserId: offer.to.id, reason };
    sendTo(offer.from.id, CardMessages.closed, { ...about, name: offer.to.name } satisfies CardOfferClosed);
    sendTo(offer.to.id, CardMessages.closed, { ...about, name: offer.from.name } satisfies CardOfferClosed);
  }

  /** The offer is answered or over: it no longer waits, and its timer no longer runs. */
  function take(offer: PendingOffer): void {
    offer.timer.clear();
    offers.delete(key(offer.from.id, offer.to.id));
  }

  function budgetOf(userId: string, now: number): TokenBucket {
    let bucket = budgets.get(userId);
    if (!bucket)
      budgets.set(userId, (bucket = new TokenBucket(1000 / CARD_LIMITS.offerIntervalMs, CARD_LIMITS.offerBurst, now)));
    return bucket;
  }

  /** Both agreed: each card as it is now is stored with the exchange, and each side receives the other's. */
  async function exchange(agreed: PendingOffer): Promise<void> {
    take(agreed);
    const { from: a, to: b } = agreed;
    try {
      await handOver(a, b);
    } catch (err) {
      ctx.log.error({ err, room: room.roomId }, 'could not store a card exchange');
      close(agreed, 'failed');
    }
  }

  async function handOver(a: SessionUser, b: SessionUser): Promise<void> {
    const profiles = await profilesOf(ctx.db, [a.id, b.id]);
    const cardA = cardOf(a, profiles.get(a.id));
    const cardB = cardOf(b, profiles.get(b.id));
    const here = zone();
    const where: CardPlace = here.kind === 'pavilion' ? here.id : 'plaza';
    const stored = await saveExchange(ctx.db, cardA, cardB, where);
    const given = (card: BusinessCard): CollectedCard => ({
      exchangeId: stored.id,
      card,
      exchangedAt: stored.exchangedAt,
      place: where,
    });
    sendTo(a.id, CardMessages.exchanged, given(cardB));
    sendTo(b.id, CardMessages.exchanged, given(cardA));
  }

  async function offer(client: ExpoClient, user: SessionUser, payload: unknown): Promise<void> {
    const input = CardOffer.safeParse(payload);
    if (!input.success) return refuse(client, 'invalid', describeZodError(input.error));
    const { toUserId } = input.data;
    if (toUserId === user.id) return refuse(client, 'self', 'you cannot exchange cards with yourself');
    const to = clientsOf(toUserId)[0]?.auth?.user;
    if (!to) return refuse(client, 'absent', 'that person is not here');
    if (offers.has(key(user.id, to.id)))
      return refuse(client, 'already_offered', 'your offer is waiting for an answer');
    const crossing = offers.get(key(to.id, user.id));
    // They offered too: both want it.
    if (crossing) return exchange(crossing);
    const mine = [...offers.values()].filter((o) => o.from.id === user.id).length;
    if (mine >= CARD_LIMITS.pendingPerPerson) {
      return refuse(client, 'too_many_pending', `wait for answers to your ${mine} offers first`);
    }
    if (!budgetOf(user.id, Date.now()).tryTake(Date.now())) {
      return refuse(client, 'throttled', 'too many offers; please wait a little');
    }
    const profile = await loadProfile(ctx.db, user.id);
    // They may have left while the profile was read.
    if (clientsOf(to.id).length === 0) return refuse(client, 'absent', 'that person is not here');
    const expiresAt = new Date(Date.now() + ctx.cardOfferSeconds * 1000);
    const pending: PendingOffer = {
      from: user,
      to,
      expiresAt,
      timer: room.clock.setTimeout(() => {
        if (offers.get(key(user.id, to.id)) === pending) close(pending, 'expired');
      }, ctx.cardOfferSeconds * 1000),
    };
    offers.set(key(user.id, to.id), pending);
    const from = { userId: user.id, name: user.name, country: user.country, role: user.role };
    const incoming: IncomingCardOffer = {
      from: { ...from, organisation: profile.organisation },
      expiresAt: expiresAt.toISOString(),
    };
    sendTo(to.id, CardMessages.incoming, incoming);
    const waiting: OutgoingCardOffer = { toUserId: to.id, name: to.name, expiresAt: expiresAt.toISOString() };
    sendTo(user.id, CardMessages.waiting, waiting);
  }

  async function answer(client: ExpoClient, user: SessionUser, payload: unknown): Promise<void> {
    const input = CardAnswer.safeParse(payload);
    if (!input.success) return refuse(client, 'invalid', describeZodError(input.error));
    const pending = offers.get(key(input.data.fromUserId, user.id));
    if (!pending) return refuse(client, 'no_offer', 'that offer is no longer open');
    if (!input.data.accept) return close(pending, 'declined');
    await exchange(pending);
  }

  function withdraw(client: ExpoClient, user: SessionUser, payload: unknown): void {
    const input = CardOffer.safeParse(payload);
    if (!input.success) return refuse(client, 'invalid', describeZodError(input.error));
    const pending = offers.get(key(user.id, input.data.toUserId));
    if (!pending) return refuse(client, 'no_offer', 'that offer is no longer open');
    close(pending, 'withdrawn');
  }

  function on(type: string, run: (client: ExpoClient, user: SessionUser, payload: unknown) => unknown): void {
    room.onMessage(type, (client: ExpoClient, payload: unknown) => {
      queue = queue.then(async () => {
        const user = client.auth?.user;
        if (!user) return;
        if (!can(user, 'cards.exchange')) return refuse(client, 'forbidden', 'your role may not exchange cards');
        try {
          await run(client, user, payload);
        } catch (err) {
          ctx.log.error({ err, type, room: room.roomId }, 'a card exchange failed');
          refuse(client, 'failed', 'that did not work; please try again');
        }
      });
    });
  }

  on(CardMessages.offer, offer);
  on(CardMessages.answer, answer);
  on(CardMessages.withdraw, withdraw);

  return {
    departed(client) {
      const user = client.auth?.user;
      // Someone with the expo open twice is still here through their other tab.
      if (!user || clientsOf(user.id).length > 0) return;
      for (const pending of [...offers.values()]) {
        if (pending.from.id === user.id || pending.to.id === user.id) close(pending, 'left');
      }
      budgets.delete(user.id);
    },
  };
}
