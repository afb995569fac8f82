import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pavilion } from '../../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../../shared/languages.ts';
import { STAGE_LIMITS } from '../../../../shared/stage.ts';
import { problemText, type Problem } from '../../../i18n/failureText.ts';
import { asApiFailure } from '../../../net/apiFailure.ts';
import { addStageSlot } from '../../../net/stageApi.ts';
import { consoleSlotRequest, emptySlotDraft, type ConsoleSlotDraft } from './consoleSlotDraft.ts';

/** Puts a slot on a pavilion's stage: times in the organiser's own time zone, a title, a speaker, maybe a booth. */
export function SlotForm({
  pavilion,
  zone,
  onAdded,
}: {
  pavilion: Pavilion;
  zone: string;
  onAdded(title: string): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const [draft, setDraft] = useState<ConsoleSlotDraft>(() => emptySlotDraft());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<ConsoleSlotDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = consoleSlotRequest(draft);
    if (!checked.ok) return setProblem(checked.problem);
    setBusy(true);
    try {
      await addStageSlot(pavilion.id, checked.body);
      onAdded(checked.body.title.trim());
      setDraft(emptySlotDraft());
    } catch (error) {
      setProblem(asApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ed-slot-form" onSubmit={(e) => void submit(e)} aria-labelledby="slot-form-title" noValidate>
      <h3 id="slot-form-title">{t('eventData.agenda.add')}</h3>
      <p className="hint">{t('eventData.agenda.zone', { zone })}</p>
      <div className="org-form-row">
        <div className="field">
          <label htmlFor="slot-start">{t('eventData.agenda.start')}</label>
          <input
            id="slot-start"
            type="datetime-local"
            required
            value={draft.start}
            onChange={(e) => change({ start: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="slot-end">{t('eventData.agenda.end')}</label>
          <input
            id="slot-end"
            type="datetime-local"
            required
            value={draft.end}
            onChange={(e) => change({ end: e.target.value })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="slot-title">{t('eventData.agenda.slotTitle')}</label>
        <input
          id="slot-title"
          type="text"
          required
          maxLength={STAGE_LIMITS.titleLength}
          value={draft.title}
          onChange={(e) => change({ title: e.target.value })}
        />
      </div>
      <div className="org-form-row">
        <div className="field">
          <label htmlFor="slot-speaker">{t('eventData.agenda.speaker')}</label>
          <input
            id="slot-speaker"
            type="text"
            required
            maxLength={STAGE_LIMITS.speakerLength}
            value={draft.speakerName}
            onChange={(e) => change({ speakerName: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="slot-booth">{t('eventData.agenda.booth')}</label>
          <select id="slot-booth" value={draft.boothId} onChange={(e) => change({ boothId: e.target.value })}>
            <option value="">{t('eventData.agenda.noBooth')}</option>
            {pavilion.booths.map((booth) => (
              <option key={booth.id} value={booth.id}>
                {localize(booth.content.name, lang)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
      <div className="org-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('eventData.agenda.adding') : t('eventData.agenda.addButton')}
        </button>
      </div>
    </form>
  );
}
