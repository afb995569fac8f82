import { useTranslation } from 'react-i18next';
import type { BusyRange, MeetingHall } from '../../../shared/meetings.ts';
import { overlapsAny } from '../../state/dayTime.ts';
import { busyKey, useMeetingHalls } from '../../state/meetingHalls.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { FieldErrorMessage } from '../exhibitor/FieldErrorMessage.tsx';
import { Flag } from '../Flag.tsx';
import { DayTimeline } from './DayTimeline.tsx';
import { useHallName } from './useHallName.ts';

export interface HallPickerProps {
  halls: MeetingHall[];
  day: string;
  value: string;
  onChange(hallId: string): void;
  /** The slot being booked. */
  chosen: { startsAt: string; endsAt: string } | null;
  /** The meeting being changed: its own booking does not count as taken. */
  own: { hallId: string; startsAt: string; endsAt: string } | null;
  error: FieldError | undefined;
}

/** The halls as radio cards, each with its day's timeline and whether the chosen time is free there. */
export function HallPicker({ halls, day, value, onChange, chosen, own, error }: HallPickerProps) {
  const { t } = useTranslation();
  const hallName = useHallName();
  const busyByKey = useMeetingHalls((s) => s.busy);
  const busyOf = (hall: MeetingHall): BusyRange[] | null | undefined => {
    const busy = busyByKey[busyKey(hall.id, day)];
    if (!busy || !own || own.hallId !== hall.id) return busy;
    return busy.filter(
      (b) => Date.parse(b.startsAt) !== Date.parse(own.startsAt) || Date.parse(b.endsAt) !== Date.parse(own.endsAt),
    );
  };
  return (
    <fieldset
      className="field mtg-halls"
      aria-describedby={error ? 'mtg-hall-hint mtg-hall-error' : 'mtg-hall-hint'}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('meetings.form.hall')}</legend>
      <p id="mtg-hall-hint" className="hint org-legend-hint">
        {t('meetings.form.hallHint')}
      </p>
      <div className="mtg-hall-grid">
        {halls.map((hall) => {
          const busy = busyOf(hall);
          const clash = Boolean(chosen && busy && overlapsAny(chosen, busy));
          const state = busy === undefined || busy === null || !chosen ? 'unknown' : clash ? 'taken' : 'free';
          return (
            <label
              key={hall.id}
              className={value === hall.id ? 'choice-card mtg-hall selected' : 'choice-card mtg-hall'}
              data-hall={hall.id}
            >
              <input
                type="radio"
                name="mtg-hall"
                value={hall.id}
                checked={value === hall.id}
                onChange={() => onChange(hall.id)}
              />
              <span className="mtg-hall-head">
                <Flag country={hall.country} size={16} />
                <span className="mtg-hall-name">{hallName(hall)}</span>
                <span className="mtg-hall-seats">{t('meetings.hall.seats', { count: hall.seats })}</span>
              </span>
              <DayTimeline day={day} busy={busy} chosen={value === hall.id ? chosen : null} clash={clash} />
              <span className="mtg-hall-state" data-state={state}>
                {state === 'free' ? t('meetings.hall.free') : state === 'taken' ? t('meetings.hall.taken') : '\u00a0'}
              </span>
            </label>
          );
        })}
      </div>
      <FieldErrorMessage id="mtg-hall-error" error={error} />
    </fieldset>
  );
}
