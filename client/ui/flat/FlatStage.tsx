import { useTranslation } from 'react-i18next';
import { useSlotTime } from '../../i18n/useSlotTime.ts';
import { currentSlot, nextSlot } from '../../state/agenda.ts';
import { onePanelAtATime, useHud } from '../../state/hud.ts';
import { useMedia } from '../../state/media.ts';
import { useStage } from '../../state/stage.ts';
import { useNow } from '../../state/useNow.ts';
import { StageIcon } from '../hud/icons.tsx';

/** The pavilion's stage in 2D: what is on now or next, and the way into the stage panel to watch and ask. */
export function FlatStage() {
  const { t } = useTranslation();
  const time = useSlotTime();
  const slots = useStage((s) => s.slots);
  const live = useMedia((s) => s.video !== null || s.listening.length > 0);
  const open = useHud((s) => s.stage);
  const now = useNow();
  const current = currentSlot(slots, now);
  const next = nextSlot(slots, now);
  return (
    <section className="flat-section flat-stage" aria-labelledby="flat-stage">
      <h2 id="flat-stage">
        {t('stage.button')}
        {live && <span className="flat-live">{t('stage.live')}</span>}
      </h2>
      <div className="flat-stage-body">
        <div className="flat-stage-now">
          {current ? (
            <>
              <span className="flat-stage-label">{t('flat.onNow')}</span>
              <strong>{current.title}</strong>
              <span>{t('stage.withSpeaker', { speaker: current.speakerName })}</span>
            </>
          ) : next ? (
            <>
              <span className="flat-stage-label">{t('stage.nextAt', { time: time.at(next.startsAt) })}</span>
              <strong>{next.title}</strong>
              <span>{t('stage.withSpeaker', { speaker: next.speakerName })}</span>
            </>
          ) : (
            <span>{t('stage.nothingPlanned')}</span>
          )}
        </div>
        <button
          type="button"
          className="primary flat-stage-open"
          aria-pressed={open}
          onClick={() => useHud.getState().toggle('stage', onePanelAtATime())}
        >
          <StageIcon />
          {t('flat.watchStage')}
        </button>
      </div>
    </section>
  );
}
