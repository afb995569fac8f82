import { useTranslation } from 'react-i18next';
import type { OutgoingCardOffer } from '../../../shared/cards.ts';
import { withdrawOffer } from '../../net/cardRoom.ts';
import { useNow } from '../../state/useNow.ts';
import { SecondsLeft } from './SecondsLeft.tsx';

/** The visitor's own offer, waiting for the other person; it can be taken back. */
export function WaitingLine({ offer }: { offer: OutgoingCardOffer }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  return (
    <div className="card-news" data-kind="waiting">
      <span className="spinner" aria-hidden="true" />
      <span className="card-news-text">
        {t('cards.waiting', { name: offer.name })} <SecondsLeft until={offer.expiresAt} now={now} />
      </span>
      <button type="button" className="card-link-button" onClick={() => withdrawOffer(offer.toUserId)}>
        {t('cards.withdraw')}
      </button>
    </div>
  );
}
