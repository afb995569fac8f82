import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageSlot } from '../../../shared/stage.ts';
import type { SlotTiming } from '../../state/agenda.ts';
import type { SlotTimeFormat } from '../../i18n/useSlotTime.ts';

export interface AgendaSlotProps {
  slot: StageSlot;
  timing: SlotTiming;
  time: SlotTimeFormat;
  /** Organisers: takes the slot off the agenda (asked twice). */
  onDelete?: (slot: StageSlot) => void;
}

/** One slot of the agenda: its times, title and speaker; the one on now stands out. */
export function AgendaSlot({ slot, timing, time, onDelete }: AgendaSlotProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="stage-slot" data-timing={timing} aria-current={timing === 'now' ? 'time' : undefined}>
      <time className="stage-slot-time" dateTime={slot.startsAt}>
        {time.range(slot.startsAt, slot.endsAt)}
      </time>
      <div className="stage-slot-body">
        <p className="stage-slot-title">
          {timing === 'now' && <span className="stage-now">{t('stage.agenda.now')}</span>}
          {timing === 'next' && <span className="stage-next">{t('stage.agenda.next')}</span>}
          {slot.title}
        </p>
        <p className="stage-slot-speaker">{slot.speakerName}</p>
      </div>
      {onDelete &&
        (confirming ? (
          <span className="stage-slot-confirm">
            <button type="button" className="stage-small" data-kind="danger" onClick={() => onDelete(slot)}>
              {t('stage.agenda.deleteConfirm')}
            </button>
            <button type="button" className="stage-small" onClick={() => setConfirming(false)}>
              {t('stage.agenda.keep')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="stage-small"
            onClick={() => setConfirming(true)}
            aria-label={t('stage.agenda.deleteSlot', { title: slot.title })}
          >
            {t('stage.agenda.delete')}
          </button>
        ))}
    </li>
  );
}
