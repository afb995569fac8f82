import { useTranslation } from 'react-i18next';
import type { IncomingCardOffer } from '../../../shared/cards.ts';
import { answerOffer } from '../../net/cardRoom.ts';
import { useNow } from '../../state/useNow.ts';
import { Flag } from '../Flag.tsx';
import { SecondsLeft } from './SecondsLeft.tsx';

/** "A (organisation) offers to exchange business cards", with Accept and Decline; nothing is shared unless accepted. */
export function OfferPrompt({ offer }: { offer: IncomingCardOffer }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const { from } = offer;
  const id = `card-offer-${from.userId}`;
  return (
    <section className="card-offer" aria-labelledby={`${id}-text`} aria-describedby={`${id}-hint`} data-own-keys="true">
      <p id={`${id}-text`} className="card-offer-text">
        <Flag country={from.country} size={16} />
        <span>
          {from.organisation
            ? t('cards.incoming', { name: from.name, organisation: from.organisation })
            : t('cards.incomingNoOrg', { name: from.name })}
        </span>
      </p>
      <p id={`${id}-hint`} className="card-offer-hint">
        {t('cards.incomingHint')} <SecondsLeft until={offer.expiresAt} now={now} />
      </p>
      <div className="card-offer-actions">
        <button type="button" className="card-decline" onClick={() => answerOffer(from.userId, false)}>
          {t('cards.decline')}
        </button>
        <button type="button" className="card-accept" onClick={() => answerOffer(from.userId, true)}>
          {t('cards.accept')}
        </button>
      </div>
    </section>
  );
}
