import { useTranslation } from 'react-i18next';
import { endTour, leaveTour } from '../../net/findRoom.ts';
import { useTours } from '../../state/tours.ts';
import { Flag } from '../Flag.tsx';

/**
 * Always in view while on a tour: "On a tour with X — Leave tour" for a member, "You are leading …
 * — End tour" for its guide; and, once, that a tour ended under the visitor.
 */
export function TourBanner() {
  const { t } = useTranslation();
  const { tour, role } = useTours((s) => s.mine);
  const ended = useTours((s) => s.ended);
  if (tour && role) {
    return (
      <div className="tour-banner" role="region" aria-label={t('tours.title')} data-testid="tour-banner">
        <Flag country={tour.guideCountry} size={18} />
        <p className="tour-banner-text" role="status">
          {role === 'guide'
            ? t('tours.leading', { title: tour.title, count: tour.members })
            : t('tours.onTour', { guide: tour.guideName, title: tour.title })}
        </p>
        <button
          type="button"
          className="tour-banner-action"
          onClick={() => (role === 'guide' ? endTour() : leaveTour())}
        >
          {role === 'guide' ? t('tours.end') : t('tours.leave')}
        </button>
      </div>
    );
  }
  if (!ended) return null;
  return (
    <div className="tour-banner ended" role="region" aria-label={t('tours.title')}>
      <p className="tour-banner-text" role="status">
        {t(ended.reason === 'guide_left' ? 'tours.guideLeft' : 'tours.ended', { title: ended.title })}
      </p>
      <button
        type="button"
        className="hud-close small"
        onClick={() => useTours.setState({ ended: null })}
        aria-label={t('world.close')}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
