import { z } from 'zod';
import { Instant } from './api.ts';
import { CountryId } from './countries.ts';
import { Profile } from './profile.ts';
import { Role } from './roles.ts';

export const CARD_LIMITS = {
  /** An offer nobody answers lapses after this long (the server's default; CARD_OFFER_SECONDS changes it). */
  offerSeconds: 60,
  /** Offers one person may have waiting for an answer at once. */
  pendingPerPerson: 3,
  /** Offers one person may make in a burst, then one every `offerIntervalMs`. */
  offerBurst: 5,
  offerIntervalMs: 10_000,
} as const;

export const CardMessages = {
  /** client → server: offer to exchange cards with someone in the room (CardOffer). */
  offer: 'cards.offer',
  /** client → server: accept or decline an offer received (CardAnswer). */
  answer: 'cards.answer',
  /** client → server: take back one's own offer before it is answered (CardOffer). */
  withdraw: 'cards.withdraw',
  /** server → recipient: someone offers an exchange (IncomingCardOffer). */
  incoming: 'cards.incoming',
  /** server → sender: the offer is waiting for an answer (OutgoingCardOffer). */
  waiting: 'cards.waiting',
  /** server → both: an offer ended without an exchange (CardOfferClosed). */
  closed: 'cards.closed',
  /** server → both: the exchange happened; each gets the other's card (CollectedCard). */
  exchanged: 'cards.exchanged',
  /** server → sender of a message that was not carried out (CardRefusal). */
  refused: 'cards.refused',
} as const;

/** Everyone is addressed by their user id, which the room's player state shows. */
const UserId = z.string().min(1, 'name the person').max(64, 'not a user id');

export const CardOffer = z.object({ toUserId: UserId }).strict();
export type CardOffer = z.infer<typeof CardOffer>;

export const CardAnswer = z.object({ fromUserId: UserId, accept: z.boolean() }).strict();
export type CardAnswer = z.infer<typeof CardAnswer>;

/** The fields of the profile that a card carries; `findable` is about searching, not the card. */
export const CARD_FIELDS = ['organisation', 'title', 'email', 'phone', 'website'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export const CardFace = Profile.pick({ organisation: true, title: true, email: true, phone: true, website: true });
export type CardFace = z.infer<typeof CardFace>;

/** A business card as it was handed over: who (from the session) and what they put on their card. */
export const BusinessCard = CardFace.extend({
  userId: z.string(),
  name: z.string(),
  country: CountryId,
  role: Role,
});
export type BusinessCard = z.infer<typeof BusinessCard>;

/** Where an exchange happened: the plaza or a country's pavilion. */
export const CardPlace = z.union([z.literal('plaza'), CountryId]);
export type CardPlace = z.infer<typeof CardPlace>;

/** A card someone gave me, with when and where we exchanged. */
export const CollectedCard = z.object({
  exchangeId: z.string(),
  card: BusinessCard,
  exchangedAt: Instant,
  place: CardPlace,
});
export type CollectedCard = z.infer<typeof CollectedCard>;

/** GET /api/cards: the cards I collected, newest first, the latest one per person. */
export const CardList = z.object({ cards: z.array(CollectedCard) });
export type CardList = z.infer<typeof CardList>;

/** Who is offering, as the prompt names them before anything is exchanged. */
export const CardOfferer = z.object({
  userId: z.string(),
  name: z.string(),
  country: CountryId,
  role: Role,
  organisation: z.string(),
});
export type CardOfferer = z.infer<typeof CardOfferer>;

export const IncomingCardOffer = z.object({ from: CardOfferer, expiresAt: Instant });
export type IncomingCardOffer = z.infer<typeof IncomingCardOffer>;

export const OutgoingCardOffer = z.object({ toUserId: z.string(), name: z.string(), expiresAt: Instant });
export type OutgoingCardOffer = z.infer<typeof OutgoingCardOffer>;

/** `failed`: both agreed, but the exchange could not be stored; nothing was shared, and they may try again. */
export const CLOSE_REASONS = ['declined', 'expired', 'left', 'withdrawn', 'failed'] as const;

/**
 * An offer ended and nothing was shared. `fromUserId` offered to `toUserId`; each side is told,
 * and a declined offer reads to its sender like any other that did not work out.
 */
export const CardOfferClosed = z.object({
  fromUserId: z.string(),
  toUserId: z.string(),
  /** The other person's name, for the sentence shown. */
  name: z.string(),
  reason: z.enum(CLOSE_REASONS),
});
export type CardOfferClosed = z.infer<typeof CardOfferClosed>;

export const CARD_REFUSALS = [
  'invalid',
  'forbidden',
  'self',
  'absent',
  'already_offered',
  'too_many_pending',
  'throttled',
  'no_offer',
  'failed',
] as const;
export type CardRefusalReason = (typeof CARD_REFUSALS)[number];

/** Why a card message was not carried out, as a code to translate and a sentence for logs and tests. */
export const CardRefusal = z.object({ reason: z.enum(CARD_REFUSALS), message: z.string() });
export type CardRefusal = z.infer<typeof CardRefusal>;
