import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session.ts';
import { useWorld } from '../../state/world.ts';
import { HudPanel } from '../hud/HudPanel.tsx';
import { useCountryName } from '../useCountryName.ts';
import { usePlaceName } from '../usePlaceName.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ModerationOutcomeLine } from './ModerationOutcomeLine.tsx';
import { listPeople, type Person } from './people.ts';
import { PersonRow } from './PersonRow.tsx';
import { useModeration } from './useModeration.ts';

/** "People here": everyone in the room, searchable; organisers can mute, remove or ban from here. */
export function PeoplePanel({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const roster = useWorld((s) => s.roster);
  const zone = useWorld((s) => s.zone);
  const user = useSession((s) => s.session?.user);
  const place = usePlaceName()(zone);
  const countryName = useCountryName();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ person: Person; action: 'remove' | 'ban' } | null>(null);
  const moderation = useModeration(place);
  const canModerate = user?.role === 'organiser';

  const people = useMemo(() => {
    const self: Person | null = user ? { ...user, key: 'self', away: false, self: true } : null;
    const others = Object.entries(roster).map(([key, entry]): Person => ({ ...entry, key, self: false }));
    return listPeople(self, others, query, {
      lang,
      alsoKnownAs: (p) => [countryName(p.country), t(`roles.${p.role}`)],
    });
  }, [roster, user, query, lang, countryName, t]);
  const total = Object.keys(roster).length + 1;

  return (
    <HudPanel
      id="people-panel"
      className="people-panel"
      title={t('people.title')}
      subtitle={t('people.summary', { count: total, place })}
      onClose={onClose}
    >
      <div className="people-search">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('people.search')}
          aria-label={t('people.searchLabel')}
        />
      </div>
      {moderation.outcome && <ModerationOutcomeLine outcome={moderation.outcome} onDismiss={moderation.dismiss} />}
      <ul className="people-list" aria-label={t('people.title')}>
        {people.map((person) => (
          <PersonRow
            key={person.key}
            person={person}
            countryName={countryName(person.country)}
            moderation={
              canModerate && !person.self
                ? {
                    expanded: expanded === person.key,
                    busy: moderation.busyWith === person.key,
                    onToggle: () => setExpanded(expanded === person.key ? null : person.key),
                    onStep: (step) => void moderation.run(person, step),
                    onConfirm: (action) => setConfirming({ person, action }),
                  }
                : undefined
            }
          />
        ))}
      </ul>
      {people.length === 0 && <p className="people-empty">{t('people.noMatch', { query: query.trim() })}</p>}
      {people.length === 1 && people[0]!.self && !query.trim() && <p className="people-empty">{t('people.alone')}</p>}
      {confirming && (
        <ConfirmDialog
          action={confirming.action}
          person={confirming.person}
          place={place}
          onCancel={() => setConfirming(null)}
          onConfirm={(reason) => {
            setConfirming(null);
            setExpanded(null);
            void moderation.run(confirming.person, { action: confirming.action, reason });
          }}
        />
      )}
    </HudPanel>
  );
}
