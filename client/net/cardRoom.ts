import type { Room } from 'colyseus.js';
import {
  CardAnswer,
  CardMessages,
  CardOffer,
  CardOfferClosed,
  CardRefusal,
  CollectedCard,
  IncomingCardOffer,
  OutgoingCardOffer,
} from '../../shared/cards.ts';
import { useCards } from '../state/cards.ts';
import { useHud } from '../state/hud.ts';
import { useSession } from '../state/session.ts';
import { sendChecked } from './rooms.ts';

/**
 * Business card offers and exchanges in a room. `current` says whether the room is still the
 * one the visitor is in; `rejoined` when it is the same room after a dropped line, whose offers
 * still stand.
 */
export function listenToCards(room: Room, current: () => boolean, rejoined: boolean): void {
  if (!rejoined) useCards.getState().enterRoom();
  const cards = () => useCards.getState();
  room.onMessage(CardMessages.incoming, (raw: unknown) => {
    const offer = IncomingCardOffer.safeParse(raw);
    if (current() && offer.success) cards().receiveIncoming(offer.data);
  });
  room.onMessage(CardMessages.waiting, (raw: unknown) => {
    const offer = OutgoingCardOffer.safeParse(raw);
    if (current() && offer.success) cards().receiveWaiting(offer.data);
  });
  room.onMessage(CardMessages.closed, (raw: unknown) => {
    const closed = CardOfferClosed.safeParse(raw);
    if (current() && closed.success) cards().receiveClosed(closed.data, useSession.getState().session?.user.id);
  });
  room.onMessage(CardMessages.exchanged, (raw: unknown) => {
    const card = CollectedCard.safeParse(raw);
    if (current() && card.success) cards().receiveCard(card.data, !useHud.getState().cards);
  });
  room.onMessage(CardMessages.refused, (raw: unknown) => {
    const refusal = CardRefusal.safeParse(raw);
    if (current() && refusal.success) cards().receiveRefusal(refusal.data.reason);
  });
}

/** Offers to exchange cards with someone in the room; the server answers with a waiting offer or a refusal. */
export const offerCards = (toUserId: string) => sendChecked(CardMessages.offer, CardOffer, { toUserId });

/** Takes back one's offer before it is answered. */
export const withdrawOffer = (toUserId: string) => sendChecked(CardMessages.withdraw, CardOffer, { toUserId });

/** Accepts or declines an offer; the prompt goes at once. */
export function answerOffer(fromUserId: string, accept: boolean) {
  useCards.getState().answered(fromUserId);
  return sendChecked(CardMessages.answer, CardAnswer, { fromUserId, accept });
}
