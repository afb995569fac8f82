import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../../shared/countries.ts';
import { STAGE_LIMITS } from '../../../shared/stage.ts';
import { addStageSlot, loadAgenda } from '../../net/stageApi.ts';
import { failureText } from '../../i18n/failureText.ts';
import { formatNumber } from '../exhibitor/formatters.ts';
import { emptyDraft, SLOT_LENGTHS, slotRequest, type SlotDraft } from './slotDraft.ts';

/** Organisers: a small form that puts a slot on this stage's agenda. */
export function AgendaEditor({ pavilionId }: { pavilionId: CountryId }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<SlotDraft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'failed'; message: string } | null>(null);
  const lang = i18n.resolvedLanguage ?? 'en';
  const change = (patch: Partial<SlotDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setOutcome(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = slotRequest(draft);
    if (!request.ok) return setOutcome({ kind: 'failed', message: t(request.problem) });
    setBusy(true);
    try {
      await addStageSlot(pavilionId, request.body);
      setOutcome({ kind: 'done', message: t('stage.agenda.added', { title: request.body.title.trim() }) });
      setDraft((d) => ({ ...emptyDraft(), minutes: d.minutes }));
      await loadAgenda(pavilionId);
    } catch (error) {
      setOutcome({ kind: 'failed', message: failureText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stage-editor" onSubmit={(e) => void submit(e)} aria-labelledby="stage-editor-title">
      <h3 id="stage-editor-title">{t('stage.agenda.add')}</h3>
      <div className="stage-editor-row">
        <label>
          <span>{t('stage.agenda.start')}</span>
          <input
            type="datetime-local"
            required
            value={draft.start}
            onChange={(e) => change({ start: e.target.value })}
          />
        </label>
        <label className="stage-editor-length">
          <span>{t('stage.agenda.length')}</span>
          <select value={draft.minutes} onChange={(e) => change({ minutes: Number(e.target.value) })}>
            {SLOT_LENGTHS.map((m) => (
              <option key={m} value={m}>
                {t('stage.agenda.minutes', { count: m, value: formatNumber(lang, m) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span>{t('stage.agenda.slotTitle')}</span>
        <input
          type="text"
          required
          maxLength={STAGE_LIMITS.titleLength}
          value={draft.title}
          onChange={(e) => change({ title: e.target.value })}
        />
      </label>
      <label>
        <span>{t('stage.agenda.speaker')}</span>
        <input
          type="text"
          required
          maxLength={STAGE_LIMITS.speakerLength}
          value={draft.speakerName}
          onChange={(e) => change({ speakerName: e.target.value })}
        />
      </label>
      <div className="stage-editor-foot">
        {outcome && (
          <p className="stage-outcome" data-kind={outcome.kind} role={outcome.kind === 'failed' ? 'alert' : 'status'}>
            {outcome.message}
          </p>
        )}
        <button type="submit" className="stage-button" data-kind="primary" disabled={busy}>
          {t('stage.agenda.save')}
        </button>
      </div>
    </form>
  );
}
