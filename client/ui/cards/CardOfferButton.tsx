import { useTranslation } from 'react-i18next';
import { offerCards } from '../../net/cardRoom.ts';
import { useCards } from '../../state/cards.ts';
import type { Person } from '../people/people.ts';
import { CardsIcon } from '../hud/icons.tsx';

/**
 * "Exchange cards" on a person in the People list. While the offer waits the button says so;
 * when they have offered first, pressing it accepts theirs (two offers crossing are agreement).
 */
export function CardOfferButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const waiting = useCards((s) => person.id in s.outgoing);
  const label = waiting ? t('cards.offerWaiting', { name: person.name }) : t('cards.offerTo', { name: person.name });
  return (
    <button
      type="button"
      className="person-action"
      data-testid="offer-cards"
      aria-label={label}
      title={label}
      disabled={waiting || person.away}
      onClick={() => {
        // Not connected just now: say so, as the server would for anything else that did not work.
        if (!offerCards(person.id).ok) useCards.getState().receiveRefusal('failed');
      }}
    >
      {waiting ? <span className="spinner" aria-hidden="true" /> : <CardsIcon />}
    </button>
  );
}
