import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoundPerson } from '../../../shared/find.ts';
import { sameZone } from '../../../shared/world/world.ts';
import { jumpTo } from '../../net/findRoom.ts';
import { useFind } from '../../state/find.ts';
import { useWorld } from '../../state/world.ts';
import { useExpoWorld } from '../../world/useExpoWorld.ts';
import { walkToPerson } from '../../world/walkToPerson.ts';
import { HudPanel } from '../hud/HudPanel.tsx';
import { usePlaceName } from '../usePlaceName.ts';
import { FindableToggle } from './FindableToggle.tsx';
import { FindOutcomeLine } from './FindOutcomeLine.tsx';
import { FoundPersonRow } from './FoundPersonRow.tsx';
import { ToursSection } from './ToursSection.tsx';
import { usePeopleFinder } from './usePeopleFinder.ts';
import './find.css';

/** "Find people": search everyone at the expo by name or organisation, go to them, and join tours. */
export function FindPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const finder = usePeopleFinder(query);
  const zone = useWorld((s) => s.zone);
  const jumping = useFind((s) => s.jumpingTo);
  const world = useExpoWorld();
  const placeName = usePlaceName();
  const where = (person: FoundPerson) => (sameZone(person.place, zone) ? t('find.here') : placeName(person.place));
  const destination = (person: FoundPerson) => ({ userId: person.userId, name: person.name, place: person.place });

  return (
    <HudPanel
      id="find-panel"
      className="find-panel"
      title={t('find.title')}
      subtitle={t('find.subtitle')}
      onClose={onClose}
    >
      <div className="find-body">
        <div className="people-search">
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('find.searchPlaceholder')}
            aria-label={t('find.searchLabel')}
            aria-describedby="find-status"
            data-testid="find-search"
          />
        </div>
        <FindOutcomeLine />
        <div id="find-status" className="find-status" role="status" aria-live="polite">
          {finder.state === 'short' && <p className="find-state">{t('find.hint')}</p>}
          {finder.state === 'loading' && (
            <p className="find-state">
              <span className="spinner" aria-hidden="true" /> {t('find.searching')}
            </p>
          )}
          {finder.state === 'failed' && (
            <p className="find-error">
              {t('find.failed')}{' '}
              <button type="button" className="link-button" onClick={finder.retry}>
                {t('find.retry')}
              </button>
            </p>
          )}
          {finder.state === 'ready' && finder.people.length === 0 && (
            <p className="find-state">{t('find.noMatch', { query: query.trim() })}</p>
          )}
          {finder.state === 'ready' && finder.people.length > 0 && (
            <p className="visually-hidden">{t('find.results', { count: finder.people.length })}</p>
          )}
        </div>
        {finder.people.length > 0 && (
          <ul className="people-list find-results" aria-label={t('find.resultsLabel')}>
            {finder.people.map((person) => (
              <FoundPersonRow
                key={person.userId}
                person={person}
                place={where(person)}
                busy={jumping?.userId === person.userId}
                onWalk={() => world && walkToPerson(world, destination(person))}
                onJump={() => jumpTo(destination(person))}
              />
            ))}
          </ul>
        )}
        <ToursSection />
      </div>
      <FindableToggle />
    </HudPanel>
  );
}
