import { useTranslation } from 'react-i18next';
import { localize, type Lang } from '../../shared/languages.ts';
import { PATHS, useRoute } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import { useWorld } from '../state/world.ts';
import { ViewSwitch } from './flat/ViewSwitch.tsx';
import { InstanceChip } from './instances/InstanceChip.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { MeetingsButton } from './meetings/MeetingsButton.tsx';
import { MeetingsSync } from './meetings/MeetingsSync.tsx';
import { QualitySettings } from './quality/QualitySettings.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { usePlaceName } from './usePlaceName.ts';
import './TopBar.css';

/**
 * The event's name, where the visitor is, how many are here, and the main actions. `onDirectory`
 * opens the walk-to directory; the 2D view lists the pavilions itself and has none.
 */
export function TopBar({ onDirectory }: { onDirectory?: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const catalogue = useSession((s) => s.catalogue);
  const zone = useWorld((s) => s.zone);
  const count = useWorld((s) => Object.keys(s.roster).length + 1);
  const placeName = usePlaceName();
  const eventName = catalogue ? localize(catalogue.event.name, lang) : t('app.title');
  useDocumentTitle(eventName);
  const role = useSession((s) => s.session?.user.role);
  const leave = () => {
    useSession.getState().endSession();
    useRoute.getState().navigate(PATHS.landing);
  };
  return (
    <header className="top-bar">
      <MeetingsSync />
      <div className="top-bar-title">
        <div className="brand-mark small" aria-hidden="true" />
        <div>
          <div className="event-name">{eventName}</div>
          <div className="place" aria-live="polite" data-testid="place">
            {t('world.youAreIn', { place: placeName(zone) })} · {t('world.peopleHere', { count })}
          </div>
          <InstanceChip />
        </div>
      </div>
      <nav className="top-bar-actions">
        {onDirectory && (
          <button type="button" className="primary small" onClick={onDirectory}>
            {t('world.directory')}
          </button>
        )}
        <ViewSwitch />
        {role === 'exhibitor' && (
          <button type="button" className="ghost small" onClick={() => useRoute.getState().navigate(PATHS.exhibitor)}>
            {t('world.myBooth')}
          </button>
        )}
        {/* Organisers reach every booth's dashboard from their console. */}
        {role === 'organiser' && (
          <button type="button" className="ghost small" onClick={() => useRoute.getState().navigate(PATHS.organiser)}>
            {t('organiser.nav.open')}
          </button>
        )}
        <MeetingsButton />
        <QualitySettings />
        <LanguagePicker compact />
        <button type="button" className="ghost small" onClick={leave}>
          {t('world.leave')}
        </button>
      </nav>
    </header>
  );
}
