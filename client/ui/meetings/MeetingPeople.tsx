import { useTranslation } from 'react-i18next';
import type { MeetingPerson } from '../../../shared/meetings.ts';
import { Flag } from '../Flag.tsx';
import { useCountryName } from '../useCountryName.ts';

/** Everyone on a meeting's list, the host first: flag, name, whether an official, and their answer. */
export function MeetingPeople({ people }: { people: MeetingPerson[] }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const ordered = [...people].sort((a, b) => Number(b.host) - Number(a.host));
  return (
    <ul className="mtg-people" aria-label={t('meetings.card.people')}>
      {ordered.map((person) => (
        <li key={person.userId} className="mtg-person" data-rsvp={person.host ? 'host' : person.rsvp}>
          <Flag country={person.country} size={14} />
          <span className="mtg-person-name">
            {person.name}
            <span className="visually-hidden">, {countryName(person.country)}</span>
          </span>
          {person.verified && (
            <span className="mtg-verified" title={t('meetings.card.verifiedHint')}>
              <span aria-hidden="true">✓</span> {t('meetings.card.verified')}
            </span>
          )}
          <span className="mtg-rsvp" data-rsvp={person.host ? 'host' : person.rsvp}>
            {person.host ? t('meetings.card.host') : t(`meetings.rsvp.${person.rsvp}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
