import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardPlace, CollectedCard } from '../../../shared/cards.ts';
import type { Zone } from '../../../shared/world/world.ts';
import { regionalLocales, useSlotTime } from '../../i18n/useSlotTime.ts';
import { useCountryName } from '../useCountryName.ts';
import { usePlaceName } from '../usePlaceName.ts';
import { BusinessCardView } from './BusinessCardView.tsx';
import { downloadVCards } from './cardDownload.ts';
import { DownloadIcon } from './cardIcons.tsx';

const zoneOf = (place: CardPlace): Zone => (place === 'plaza' ? { kind: 'plaza' } : { kind: 'pavilion', id: place });

/** The cards collected, newest first, each with when and where, and as vCards to keep. */
export function CollectedCards({ cards }: { cards: CollectedCard[] }) {
  const { t, i18n } = useTranslation();
  const { at } = useSlotTime();
  const placeName = usePlaceName();
  const countryName = useCountryName();
  const lang = i18n.resolvedLanguage ?? 'en';
  const wordsOf = useCallback(
    (c: CollectedCard) => ({
      countryName: countryName(c.card.country),
      note: t('cards.vcardNote', {
        place: placeName(zoneOf(c.place)),
        date: new Intl.DateTimeFormat(regionalLocales(lang), { dateStyle: 'long' }).format(new Date(c.exchangedAt)),
      }),
    }),
    [countryName, placeName, t, lang],
  );

  if (cards.length === 0) return <p className="cards-empty">{t('cards.empty')}</p>;
  return (
    <>
      <div className="cards-toolbar">
        <span className="cards-count">{t('cards.count', { count: cards.length })}</span>
        <button
          type="button"
          className="cards-download"
          onClick={() => downloadVCards(cards, wordsOf, t('cards.allFileName'))}
        >
          <DownloadIcon />
          {t('cards.downloadAll')}
        </button>
      </div>
      <ul className="cards-list" aria-label={t('cards.received')}>
        {cards.map((c) => (
          <li key={c.exchangeId}>
            <BusinessCardView card={c.card} linked>
              <span className="business-card-when">
                {t('cards.exchangedAt', { time: at(c.exchangedAt), place: placeName(zoneOf(c.place)) })}
              </span>
              <button
                type="button"
                className="cards-download"
                onClick={() => downloadVCards([c], wordsOf, t('cards.allFileName'))}
                aria-label={t('cards.downloadOneLabel', { name: c.card.name })}
              >
                <DownloadIcon />
                {t('cards.downloadOne')}
              </button>
            </BusinessCardView>
          </li>
        ))}
      </ul>
    </>
  );
}
