import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type Invitable } from '../../../shared/meetings.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { FieldErrorMessage } from '../exhibitor/FieldErrorMessage.tsx';
import { Flag } from '../Flag.tsx';
import { RoleBadge } from '../RoleBadge.tsx';
import { useCountryName } from '../useCountryName.ts';
import { usePeopleSearch } from './usePeopleSearch.ts';

export interface InviteePickerProps {
  value: Invitable[];
  onChange(people: Invitable[]): void;
  /** The host, who is on the list anyway. */
  selfId: string;
  error: FieldError | undefined;
}

/** The invitation list: chips for those invited, and a search over the officials who can be invited. */
export function InviteePicker({ value, onChange, selfId, error }: InviteePickerProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const [query, setQuery] = useState('');
  const [round, setRound] = useState(0);
  const search = usePeopleSearch(query, round);
  const box = useRef<HTMLInputElement>(null);
  // Back to the whole list, ready for the next name.
  const add = (person: Invitable) => {
    onChange([...value, person]);
    setQuery('');
    box.current?.focus();
  };
  const chosen = new Set(value.map((p) => p.userId));
  const results = search.people.filter((p) => p.userId !== selfId && !chosen.has(p.userId));
  const full = value.length >= MEETING_LIMITS.invitees;

  return (
    <fieldset
      className="field mtg-invitees"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? 'mtg-people-error' : undefined}
    >
      <legend>{t('meetings.form.people')}</legend>
      {value.length > 0 ? (
        <ul className="mtg-chips" aria-label={t('meetings.form.invited', { count: value.length })}>
          {value.map((person) => (
            <li key={person.userId} className="mtg-chip">
              <Flag country={person.country} size={12} />
              <span>{person.name}</span>
              <button
                type="button"
                aria-label={t('meetings.form.remove', { name: person.name })}
                onClick={() => onChange(value.filter((p) => p.userId !== person.userId))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint mtg-nobody">{t('meetings.form.nobodyYet')}</p>
      )}
      <label htmlFor="mtg-people-search" className="mtg-sublabel">
        {t('meetings.form.search')}
      </label>
      <input
        ref={box}
        id="mtg-people-search"
        type="search"
        className="mtg-search"
        value={query}
        autoComplete="off"
        placeholder={t('meetings.form.searchPlaceholder')}
        aria-describedby="mtg-people-hint"
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => setRound((n) => n + 1)}
        maxLength={40}
      />
      <p id="mtg-people-hint" className="hint">
        {t('meetings.form.peopleHint', { max: MEETING_LIMITS.invitees })}
      </p>
      <div className="mtg-results" aria-live="polite" aria-busy={search.state === 'loading'}>
        {search.state === 'failed' ? (
          <p className="field-error">{t('meetings.form.searchFailed')}</p>
        ) : search.state === 'ready' && results.length === 0 ? (
          <p className="hint">{query.trim() ? t('meetings.form.noMatch') : t('meetings.form.noOneElse')}</p>
        ) : (
          <ul aria-label={t('meetings.form.results')}>
            {results.map((person) => (
              <li key={person.userId} className="mtg-result">
                <Flag country={person.country} size={14} />
                <span className="mtg-result-name">
                  {person.name}
                  <span className="mtg-result-country">{countryName(person.country)}</span>
                </span>
                <RoleBadge role={person.role} />
                <button
                  type="button"
                  className="ghost small"
                  disabled={full}
                  aria-label={t('meetings.form.add', { name: person.name })}
                  onClick={() => add(person)}
                >
                  {t('meetings.form.addShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <FieldErrorMessage id="mtg-people-error" error={error} />
    </fieldset>
  );
}
