import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type Meeting, type MeetingHall } from '../../../shared/meetings.ts';
import { ApiFailure } from '../../net/apiFailure.ts';
import { book, loadBusy, saveChange } from '../../net/meetingActions.ts';
import { useMeetings } from '../../state/meetings.ts';
import { failureText } from '../../i18n/failureText.ts';
import { TextInput } from '../exhibitor/TextInput.tsx';
import { FieldErrorMessage } from '../exhibitor/FieldErrorMessage.tsx';
import { useCheckedForm } from '../useCheckedForm.ts';
import { checkBooking, draftOf, DURATIONS, newDraft, rangeOf, type BookingDraft } from './bookingDraft.ts';
import { HallPicker } from './HallPicker.tsx';
import { InviteePicker } from './InviteePicker.tsx';
import { LanguageChecks } from './LanguageChecks.tsx';
import { formatMinutes, useMeetingTime } from './useMeetingTime.ts';

export interface BookingFormProps {
  halls: MeetingHall[];
  selfId: string;
  /** The host's meeting being changed; null to book a new one. */
  editing: Meeting | null;
  onDone(meeting: Meeting): void;
}

/** A new booking, or the host's change to one: when, where, what, who, and which languages. */
export function BookingForm({ halls, selfId, editing, onDone }: BookingFormProps) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const { form, draft, errors, busy, refusal, patch, submit } = useCheckedForm({
    initial: () => (editing ? draftOf(editing) : newDraft()),
    check: (next: BookingDraft) => checkBooking(next, editing?.startsAt),
    send: (request) => (editing ? saveChange(editing.id, request) : book(request)),
    blank: () => newDraft(),
    onSent(meeting, sent) {
      void loadBusy(sent.day, true);
      onDone(meeting);
    },
    refusal(error, sent) {
      // Someone else took the time meanwhile: what is typed stays, the timelines show why.
      if (error instanceof ApiFailure && error.code === 'conflict') void loadBusy(sent.day, true);
      return failureText(t, error, 'meetings.form.refused');
    },
  });
  const chosen = rangeOf(draft);

  useEffect(() => {
    void loadBusy(draft.day);
  }, [draft.day, halls]);

  const own = editing && { hallId: editing.hallId, startsAt: editing.startsAt, endsAt: editing.endsAt };
  return (
    <form ref={form} className="org-form mtg-form" onSubmit={submit} noValidate aria-labelledby="book-title">
      <TextInput
        id="mtg-title"
        label={t('meetings.form.title')}
        hint={t('meetings.form.titleHint')}
        value={draft.title}
        maxLength={MEETING_LIMITS.titleLength}
        onChange={(e) => patch({ title: e.target.value })}
        error={errors.title}
      />
      <fieldset
        className="field mtg-when"
        aria-invalid={errors.when ? true : undefined}
        aria-describedby="mtg-when-hint"
      >
        <legend>{t('meetings.form.when')}</legend>
        <div className="mtg-when-row">
          <div className="field">
            <label htmlFor="mtg-day">{t('meetings.form.day')}</label>
            <input
              id="mtg-day"
              type="date"
              value={draft.day}
              required
              onChange={(e) => patch({ day: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="mtg-time">{t('meetings.form.start')}</label>
            <input
              id="mtg-time"
              type="time"
              step={900}
              value={draft.time}
              required
              onChange={(e) => patch({ time: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="mtg-length">{t('meetings.form.length')}</label>
            <select id="mtg-length" value={draft.minutes} onChange={(e) => patch({ minutes: Number(e.target.value) })}>
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {formatMinutes(t, minutes)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p id="mtg-when-hint" className="hint">
          {chosen
            ? t('meetings.form.whenSummary', { range: time.range(chosen.startsAt, chosen.endsAt) })
            : t('meetings.form.whenHint', { zone: time.zone })}
        </p>
        <FieldErrorMessage id="mtg-when-error" error={errors.when} />
      </fieldset>
      <HallPicker
        halls={halls}
        day={draft.day}
        value={draft.hallId}
        onChange={(hallId) => patch({ hallId })}
        chosen={chosen}
        own={own}
        error={errors.hall}
      />
      <InviteePicker
        value={draft.invitees}
        onChange={(invitees) => patch({ invitees })}
        selfId={selfId}
        error={errors.invitees}
      />
      <LanguageChecks value={draft.languages} onChange={(languages) => patch({ languages })} />
      <div className="field mtg-recording">
        <label className="mtg-toggle">
          <input
            type="checkbox"
            checked={draft.noRecording}
            onChange={(e) => patch({ noRecording: e.target.checked })}
          />
          <span>
            <strong>{t('meetings.form.noRecording')}</strong>
            <span className="hint">{t('meetings.form.noRecordingHint')}</span>
          </span>
        </label>
        <label className="mtg-toggle">
          <input type="checkbox" checked={draft.e2ee} onChange={(e) => patch({ e2ee: e.target.checked })} />
          <span>
            <strong>{t('meetings.form.e2ee')}</strong>
            <span className="hint">{t('meetings.form.e2eeHint')}</span>
          </span>
        </label>
      </div>
      {refusal && (
        <div className="mtg-refusal" role="alert" data-testid="booking-refusal">
          <strong>{editing ? t('meetings.form.notChanged') : t('meetings.form.notBooked')}</strong>
          <p>{refusal}</p>
        </div>
      )}
      <div className="org-form-actions mtg-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('meetings.form.saving') : editing ? t('meetings.form.save') : t('meetings.form.submit')}
        </button>
        {editing && (
          <button type="button" className="ghost" onClick={() => useMeetings.getState().edit(null)} disabled={busy}>
            {t('meetings.form.stopEditing')}
          </button>
        )}
      </div>
    </form>
  );
}
