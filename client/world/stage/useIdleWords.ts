import { useTranslation } from 'react-i18next';
import { useSlotTime } from '../../i18n/useSlotTime.ts';
import { currentSlot, nextSlot } from '../../state/agenda.ts';
import { useStage } from '../../state/stage.ts';
import { useNow } from '../../state/useNow.ts';
import type { IdleScreenText } from './paintIdleScreen.ts';

/** What the visitor's own pavilion's screen says while nothing is live: the slot on now or the next one. */
export function useIdleWords(place: string): IdleScreenText {
  const { t } = useTranslation();
  const slots = useStage((s) => s.slots);
  const time = useSlotTime();
  const now = useNow();
  const heading = t('stage.title');
  const current = currentSlot(slots, now);
  if (current) {
    return {
      heading,
      label: t('stage.startingSoon'),
      title: current.title,
      detail: t('stage.withSpeaker', { speaker: current.speakerName }),
    };
  }
  const next = nextSlot(slots, now);
  if (next) {
    return {
      heading,
      label: t('stage.nextAt', { time: time.at(next.startsAt) }),
      title: next.title,
      detail: t('stage.withSpeaker', { speaker: next.speakerName }),
    };
  }
  return { heading, label: t('stage.nothingPlanned'), title: place, detail: '' };
}
