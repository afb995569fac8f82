import { useTranslation } from 'react-i18next';
import { PATHS, useRoute } from '../../state/route.ts';
import { FrontDoor } from '../FrontDoor.tsx';

export type AccessReason = 'signedOut' | 'notExhibitor' | 'noBooth';

/** Shown instead of the dashboard to anyone it is not for, with a way back to the front door. */
export function AccessNotice({ reason }: { reason: AccessReason }) {
  const { t } = useTranslation();
  return (
    <FrontDoor title={t('exhibitor.title')} subtitle={t('app.title')} className="exh-access">
      <section className="landing-card" aria-labelledby="access-title">
        <h2 id="access-title">{t(`exhibitor.access.${reason}Title`)}</h2>
        <p className="intro">{t(`exhibitor.access.${reason}Text`)}</p>
        <button type="button" className="primary" onClick={() => useRoute.getState().navigate(PATHS.landing)}>
          {t('exhibitor.access.toLanding')}
        </button>
      </section>
    </FrontDoor>
  );
}
