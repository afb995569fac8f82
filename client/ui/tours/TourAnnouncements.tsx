import { useTranslation } from 'react-i18next';
import { joinTour } from '../../net/findRoom.ts';
import { useTours } from '../../state/tours.ts';
import { Flag } from '../Flag.tsx';

/** "X is starting a tour: <title> — Join": the newest tour started in the visitor's room, until joined or dismissed. */
export function TourAnnouncements() {
  const { t } = useTranslation();
  const tour = useTours((s) => s.announced.at(-1));
  const onTour = useTours((s) => s.mine.tour !== null);
  if (!tour || onTour) return null;
  return (
    <div className="tour-invite" role="alert" data-testid="tour-invite">
      <Flag country={tour.guideCountry} size={18} />
      <p className="tour-banner-text">{t('tours.announced', { guide: tour.guideName, title: tour.title })}</p>
      <button type="button" className="tour-banner-action" onClick={() => joinTour(tour.id)}>
        {t('tours.join')}
      </button>
      <button
        type="button"
        className="tour-banner-dismiss"
        onClick={() => useTours.getState().dismissAnnouncement(tour.id)}
      >
        {t('tours.notNow')}
      </button>
    </div>
  );
}
