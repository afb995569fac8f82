import { useTranslation } from 'react-i18next';
import { useCards } from '../../state/cards.ts';
import { NewsLine } from './NewsLine.tsx';
import { OfferPrompt } from './OfferPrompt.tsx';
import { WaitingLine } from './WaitingLine.tsx';
import './cards.css';

/**
 * Business card offers over the world, at the top: offers to answer, one's own offers waiting,
 * and what became of them. A polite live region, so screen readers hear of an offer without
 * losing their place.
 */
export function CardOffers() {
  const { t } = useTranslation();
  const incoming = useCards((s) => s.incoming);
  const outgoing = useCards((s) => s.outgoing);
  const news = useCards((s) => s.news);
  const waiting = Object.values(outgoing);
  return (
    <div className="card-offers" role="region" aria-label={t('cards.offers')} aria-live="polite">
      {incoming.map((offer) => (
        <OfferPrompt key={offer.from.userId} offer={offer} />
      ))}
      {waiting.map((offer) => (
        <WaitingLine key={offer.toUserId} offer={offer} />
      ))}
      {news.map((item) => (
        <NewsLine key={item.seq} news={item} />
      ))}
    </div>
  );
}
