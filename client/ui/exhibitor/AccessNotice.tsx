import { useTranslation } from 'react-i18next';
import { PATHS, useRoute } from '../../state/route.ts';
import { FrontDoor } from '../FrontDoor.tsx';

export type AccessReason = 'signedOut' | 'notExhibitor' | 'noBooth' | 'notOrganiser';

export interface AccessNoticeProps {
  reason: AccessReason;
  /** The page that refuses: its title and explanations come from its own translations. */
  area?: 'exhibitor' | 'organiser';
  /** Where the button leads: the start page, or back into the expo for someone already inside. */
  back?: 'landing' | 'event';
}

/** Shown instead of a page to anyone it is not for, with a way back. */
export function AccessNotice({ reason, area = 'exhibitor', back = 'landing' }: AccessNoticeProps) {
  const { t } = useTranslation();
  return (
    <FrontDoor title={t(`${area}.title`)} subtitle={t('app.title')} className="exh-access">
      <section className="landing-card" aria-labelledby="access-title">
        <h2 id="access-title">{t(`${area}.access.${reason}Title`)}</h2>
        <p className="intro">{t(`${area}.access.${reason}Text`)}</p>
        <button type="button" className="primary" onClick={() => useRoute.getState().navigate(PATHS[back])}>
          {back === 'event' ? t('exhibitor.nav.backToExpo') : t('exhibitor.access.toLanding')}
        </button>
      </section>
    </FrontDoor>
  );
}
