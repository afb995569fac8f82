import { create } from 'zustand';
import type {
  CardOfferClosed,
  CardRefusalReason,
  CollectedCard,
  IncomingCardOffer,
  OutgoingCardOffer,
} from '../../shared/cards.ts';

/** Something to tell the visitor about an exchange, until they dismiss it or it fades. */
type News =
  | { kind: 'exchanged'; name: string }
  | { kind: 'closed'; closed: CardOfferClosed; sentByMe: boolean }
  | { kind: 'refused'; reason: CardRefusalReason };
export type CardNews = News & { seq: number };

/** What is said at most at once; older news gives way. */
const MAX_NEWS = 3;

interface CardsState {
  /** Offers to the visitor waiting for their answer, oldest first. */
  incoming: IncomingCardOffer[];
  /** The visitor's offers waiting for an answer, by the other person's user id. */
  outgoing: Record<string, OutgoingCardOffer>;
  news: CardNews[];
  /** The cards collected, newest first; null until read from the server. */
  collected: CollectedCard[] | null;
  /** Cards received since the Cards panel was last looked at. */
  unseen: number;
  /** Offers belong to a room: a new room starts without any (the server ended them). */
  enterRoom(): void;
  /** Left the expo: nothing of this session remains. */
  clear(): void;
  receiveIncoming(offer: IncomingCardOffer): void;
  receiveWaiting(offer: OutgoingCardOffer): void;
  receiveClosed(closed: CardOfferClosed, myId: string | undefined): void;
  receiveCard(card: CollectedCard, counted: boolean): void;
  receiveRefusal(reason: CardRefusalReason): void;
  /** The visitor answered: the prompt goes at once, whatever the server says next. */
  answered(fromUserId: string): void;
  setCollected(cards: CollectedCard[]): void;
  dismiss(seq: number): void;
  markSeen(): void;
}

let seq = 0;
const withNews = (news: CardNews[], item: News): CardNews[] => [...news, { ...item, seq: ++seq }].slice(-MAX_NEWS);

export const useCards = create<CardsState>((set) => ({
  incoming: [],
  outgoing: {},
  news: [],
  collected: null,
  unseen: 0,
  enterRoom: () => set({ incoming: [], outgoing: {} }),
  clear: () => set({ incoming: [], outgoing: {}, news: [], collected: null, unseen: 0 }),
  receiveIncoming: (offer) =>
    set((s) => ({ incoming: [...s.incoming.filter((o) => o.from.userId !== offer.from.userId), offer] })),
  receiveWaiting: (offer) => set((s) => ({ outgoing: { ...s.outgoing, [offer.toUserId]: offer } })),
  receiveClosed: (closed, myId) =>
    set((s) => {
      const sentByMe = closed.fromUserId === myId;
      const { [closed.toUserId]: _ended, ...outgoing } = s.outgoing;
      return {
        outgoing: sentByMe ? outgoing : s.outgoing,
        incoming: sentByMe ? s.incoming : s.incoming.filter((o) => o.from.userId !== closed.fromUserId),
        // Nobody needs telling what they did themselves: declining, or taking their own offer back.
        news: (sentByMe ? closed.reason === 'withdrawn' : closed.reason === 'declined')
          ? s.news
          : withNews(s.news, { kind: 'closed', closed, sentByMe }),
      };
    }),
  receiveCard: (card, counted) =>
    set((s) => {
      const other = card.card.userId;
      const { [other]: _done, ...outgoing } = s.outgoing;
      return {
        outgoing,
        incoming: s.incoming.filter((o) => o.from.userId !== other),
        // The latest card of a person replaces the one given before, as the server's list does.
        collected: s.collected && [card, ...s.collected.filter((c) => c.card.userId !== other)],
        unseen: counted ? s.unseen + 1 : s.unseen,
        news: withNews(s.news, { kind: 'exchanged', name: card.card.name }),
      };
    }),
  receiveRefusal: (reason) => set((s) => ({ news: withNews(s.news, { kind: 'refused', reason }) })),
  answered: (fromUserId) => set((s) => ({ incoming: s.incoming.filter((o) => o.from.userId !== fromUserId) })),
  setCollected: (cards) => set({ collected: cards }),
  dismiss: (n) => set((s) => ({ news: s.news.filter((item) => item.seq !== n) })),
  // Looking at the cards is also reading the news of their arrival.
  markSeen: () => set((s) => ({ unseen: 0, news: s.news.filter((item) => item.kind !== 'exchanged') })),
}));
