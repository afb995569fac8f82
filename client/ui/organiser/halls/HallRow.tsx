import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingHall } from '../../../../shared/meetings.ts';
import { ConfirmControl } from '../../ConfirmControl.tsx';
import { Flag } from '../../Flag.tsx';
import { useCountryName } from '../../useCountryName.ts';
import { changeHall, removeHall } from '../../../net/hallsApi.ts';
import { asApiFailure } from '../../../net/apiFailure.ts';
import { problemText, type Problem } from '../../../i18n/failureText.ts';
import { formatNumber } from '../../exhibitor/formatters.ts';
import { HallFields } from './HallFields.tsx';
import { draftOf, hallChange, type HallDraft } from './hallDraft.ts';

export interface HallRowProps {
  hall: MeetingHall;
  columns: Record<'name' | 'country' | 'seats' | 'actions', string>;
  onChanged(message: string): void;
}

/** One hall: its name, country and seats, edited in place, or taken out of use after a question. */
export function HallRow({ hall, columns, onChanged }: HallRowProps) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const [draft, setDraft] = useState<HallDraft | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const checked = hallChange(hall, draft);
    if (!checked.ok) return setProblem(checked.problem);
    setBusy(true);
    try {
      const saved = await changeHall(hall.id, checked.body);
      setDraft(null);
      setProblem(null);
      onChanged(t('eventData.halls.saved', { name: saved.name }));
    } catch (error) {
      setProblem(asApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  if (draft) {
    return (
      <tr role="row" className="ed-editing">
        <td role="cell" colSpan={4}>
          <form
            onSubmit={(e) => void save(e)}
            aria-label={t('eventData.halls.editing', { name: hall.name })}
            noValidate
          >
            <HallFields
              prefix={`hall-${hall.id}`}
              draft={draft}
              onChange={(patch) => setDraft({ ...draft, ...patch })}
            />
            {problem && (
              <p className="field-error" role="alert">
                {problemText(t, problem)}
              </p>
            )}
            <div className="org-confirm-buttons">
              <button type="submit" className="primary small" disabled={busy}>
                {t('eventData.halls.save')}
              </button>
              <button type="button" className="ghost small" onClick={() => setDraft(null)} disabled={busy}>
                {t('eventData.halls.cancel')}
              </button>
            </div>
          </form>
        </td>
      </tr>
    );
  }

  return (
    <tr role="row" data-hall={hall.id}>
      <th scope="row" role="rowheader" data-label={columns.name}>
        {hall.name}
      </th>
      <td role="cell" data-label={columns.country}>
        <span className="ed-place">
          <Flag country={hall.country} size={16} />
          {countryName(hall.country)}
        </span>
      </td>
      <td role="cell" data-label={columns.seats} className="ed-count">
        {formatNumber(i18n.resolvedLanguage ?? 'en', hall.seats)}
      </td>
      <td role="cell" data-label={columns.actions}>
        <div className="ed-actions">
          <button
            type="button"
            className="ghost small"
            onClick={() => {
              setProblem(null);
              setDraft(draftOf(hall));
            }}
            aria-label={t('eventData.halls.editHall', { name: hall.name })}
          >
            {t('eventData.halls.edit')}
          </button>
          <ConfirmControl
            id={`hall-${hall.id}`}
            labels={{
              button: t('eventData.halls.remove'),
              question: t('eventData.halls.removeQuestion', { name: hall.name }),
              confirm: t('eventData.halls.removeConfirm'),
              working: t('eventData.halls.removing'),
              keep: t('eventData.halls.keep'),
            }}
            onConfirm={async () => {
              await removeHall(hall.id);
              onChanged(t('eventData.halls.removed', { name: hall.name }));
            }}
          />
        </div>
      </td>
    </tr>
  );
}
