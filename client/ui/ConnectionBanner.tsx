import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session.ts';
import { useWorld } from '../state/world.ts';
import { usePlaceName } from './usePlaceName.ts';
import { RestartBanner } from './RestartBanner.tsx';

/** Says what the connection is doing when it is not simply working. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const status = useWorld((s) => s.status);
  const walkingTo = useWorld((s) => s.walkingTo);
  const notice = useSession((s) => s.notice);
  const placeName = usePlaceName();
  const entering = useWorld((s) => s.enteringZone);
  if (status === 'restarting') return <RestartBanner />;
  if (status === 'reconnecting') {
    return (
      <div className="banner warning" role="alert" data-testid="reconnecting">
        <span className="spinner" aria-hidden="true" /> {t('world.reconnecting')}
      </div>
    );
  }
  if (notice) {
    return (
      <div className="banner warning" role="alert">
        {t(notice.key, notice.values)}
        <button type="button" className="ghost small" onClick={() => useSession.getState().clearNotice()}>
          {t('world.close')}
        </button>
      </div>
    );
  }
  const message = entering
    ? t('world.entering', { place: placeName(entering) })
    : walkingTo
      ? t('world.walkingTo', { place: walkingTo.label })
      : null;
  return message ? (
    <div className="banner" role="status">
      {message}
    </div>
  ) : null;
}
