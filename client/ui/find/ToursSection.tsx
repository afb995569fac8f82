import { useTranslation } from 'react-i18next';
import { TOUR_GUIDE_ROLES } from '../../../shared/tours.ts';
import { joinTour } from '../../net/findRoom.ts';
import { useSession } from '../../state/session.ts';
import { useTours } from '../../state/tours.ts';
import { Flag } from '../Flag.tsx';
import { usePlaceName } from '../usePlaceName.ts';
import { LeadTourForm } from './LeadTourForm.tsx';
import { useTourList } from './useTourList.ts';
import { refusalText } from '../../i18n/failureText.ts';

/** The guided tours running now, each with Join; guides can start one here. */
export function ToursSection() {
  const { t } = useTranslation();
  const listing = useTourList();
  const mine = useTours((s) => s.mine);
  const refusal = useTours((s) => s.refusal);
  const role = useSession((s) => s.session?.user.role);
  const placeName = usePlaceName();
  const mayLead = role !== undefined && TOUR_GUIDE_ROLES.includes(role) && mine.role !== 'guide';
  return (
    <section className="find-tours" aria-labelledby="find-tours-title">
      <h3 id="find-tours-title">{t('tours.title')}</h3>
      {listing.state === 'loading' && listing.tours.length === 0 && (
        <p className="find-state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('tours.loading')}
        </p>
      )}
      {listing.state === 'failed' && <p className="find-error">{t('tours.failed')}</p>}
      {listing.state === 'ready' && listing.tours.length === 0 && <p className="find-state">{t('tours.none')}</p>}
      {listing.tours.length > 0 && (
        <ul className="tour-list">
          {listing.tours.map((tour) => (
            <li key={tour.id} className="tour-item" data-tour={tour.id}>
              <Flag country={tour.guideCountry} size={18} />
              <div className="person-text">
                <span className="person-name">{tour.title}</span>
                <span className="person-meta">
                  {t('tours.with', { guide: tour.guideName, place: placeName(tour.place) })} ·{' '}
                  {t('tours.following', { count: tour.members })}
                </span>
              </div>
              {mine.tour?.id === tour.id ? (
                <span className="tag">{mine.role === 'guide' ? t('tours.yours') : t('tours.onIt')}</span>
              ) : (
                <button
                  type="button"
                  className="found-go primary-tone"
                  onClick={() => joinTour(tour.id)}
                  disabled={mine.role === 'guide'}
                  aria-label={t('tours.joinNamed', { title: tour.title })}
                >
                  {t('tours.join')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {refusal && <p className="find-error">{t('tours.refused', { message: refusalText(t, refusal.why) })}</p>}
      {mayLead && <LeadTourForm />}
    </section>
  );
}
