import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../../shared/countries.ts';
import type { StageSlot } from '../../../shared/stage.ts';
import { deleteStageSlot, loadAgenda } from '../../net/stageApi.ts';
import { useStage } from '../../state/stage.ts';
import { failureText } from '../../i18n/failureText.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { AgendaSlot } from './AgendaSlot.tsx';
import { byDay, timingOf } from '../../state/agenda.ts';
import { useNow } from '../../state/useNow.ts';
import { useSlotTime } from '../../i18n/useSlotTime.ts';

/** This pavilion's stage programme in the visitor's time zone; organisers add and delete slots here. */
export function AgendaTab({ pavilionId, organiser }: { pavilionId: CountryId; organiser: boolean }) {
  const { t } = useTranslation();
  const slots = useStage((s) => s.slots);
  const state = useStage((s) => s.agenda);
  const now = useNow();
  const time = useSlotTime();
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (slot: StageSlot) => {
    setProblem(null);
    try {
      await deleteStageSlot(pavilionId, slot.id);
    } catch (error) {
      setProblem(failureText(t, error));
    }
    await loadAgenda(pavilionId);
  };

  return (
    <div className="stage-tab-body">
      <p className="stage-zone">{t('stage.agenda.timeZone', { zone: time.zone })}</p>
      {state === 'loading' && slots.length === 0 && (
        <p className="stage-empty" role="status">
          <span className="spinner" aria-hidden="true" /> {t('stage.agenda.loading')}
        </p>
      )}
      {state === 'failed' && (
        <p className="stage-note" data-kind="problem" role="alert">
          <span>{t('stage.agenda.failed')}</span>
          <button type="button" onClick={() => void loadAgenda(pavilionId)}>
            {t('stage.retry')}
          </button>
        </p>
      )}
      {state === 'ready' && slots.length === 0 && <p className="stage-empty">{t('stage.agenda.empty')}</p>}
      {problem && (
        <p className="stage-outcome" data-kind="failed" role="alert">
          {problem}
        </p>
      )}
      {byDay(slots).map(({ day, slots: daySlots }) => (
        <section key={day.toDateString()} className="stage-day" aria-label={time.day(day)}>
          <h3>{time.day(day)}</h3>
          <ol className="stage-slots">
            {daySlots.map((slot) => (
              <AgendaSlot
                key={slot.id}
                slot={slot}
                timing={timingOf(slot, slots, now)}
                time={time}
                onDelete={organiser ? (s) => void remove(s) : undefined}
              />
            ))}
          </ol>
        </section>
      ))}
      {organiser && <AgendaEditor pavilionId={pavilionId} />}
    </div>
  );
}
