import { useTranslation } from 'react-i18next';
import type { StageSlot } from '../../../shared/stage.ts';
import { useSlotTime } from '../../i18n/useSlotTime.ts';

/** The stage with nothing live: what comes next, or that nothing more is planned. */
export function StageIdle({ next, current }: { next: StageSlot | undefined; current: StageSlot | undefined }) {
  const { t } = useTranslation();
  const time = useSlotTime();
  return (
    <div className="stage-idle">
      <p className="stage-idle-title">{current ? t('stage.startingSoon') : t('stage.idle')}</p>
      {current ? (
        <p className="stage-idle-next">
          <strong>{current.title}</strong>
          <span>{t('stage.withSpeaker', { speaker: current.speakerName })}</span>
        </p>
      ) : next ? (
        <p className="stage-idle-next">
          <span className="stage-idle-label">{t('stage.nextAt', { time: time.at(next.startsAt) })}</span>
          <strong>{next.title}</strong>
          <span>{t('stage.withSpeaker', { speaker: next.speakerName })}</span>
        </p>
      ) : (
        <p className="stage-idle-next">{t('stage.nothingPlanned')}</p>
      )}
    </div>
  );
}
