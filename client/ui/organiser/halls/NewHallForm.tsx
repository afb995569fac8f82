import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingHall } from '../../../../shared/meetings.ts';
import { createHall } from '../../../net/hallsApi.ts';
import { problemText, type Problem } from '../../../i18n/failureText.ts';
import { asApiFailure } from '../../../net/apiFailure.ts';
import { HallFields } from './HallFields.tsx';
import { emptyHallDraft, hallCreate, type HallDraft } from './hallDraft.ts';

/** Adds a meeting hall; delegates can book it at once. */
export function NewHallForm({ onCreated }: { onCreated(hall: MeetingHall): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HallDraft>(emptyHallDraft);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = hallCreate(draft);
    if (!checked.ok) return setProblem(checked.problem);
    setBusy(true);
    setProblem(null);
    try {
      onCreated(await createHall(checked.body));
      setDraft(emptyHallDraft());
    } catch (error) {
      setProblem(asApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ed-hall-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-hall-title" noValidate>
      <h3 id="new-hall-title">{t('eventData.halls.add')}</h3>
      <HallFields prefix="new-hall" draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      {problem && (
        <p className="field-error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
      <div className="org-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('eventData.halls.adding') : t('eventData.halls.addButton')}
        </button>
      </div>
    </form>
  );
}
