import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type Meeting, type MeetingResponse } from '../../../shared/meetings.ts';
import { cancel, meetingIcs, respond } from '../../net/meetingActions.ts';
import { awaitsAnswer, canJoin, personIn } from '../../state/meetingOrder.ts';
import { useMeetings } from '../../state/meetings.ts';
import { meetingPath, useRoute } from '../../state/route.ts';
import { ConfirmControl } from '../ConfirmControl.tsx';
import { failureText } from '../../i18n/failureText.ts';
import { saveBlob } from '../exhibitor/saveBlob.ts';

export interface MeetingActionsProps {
  meeting: Meeting;
  userId: string;
  now: number;
  /** Where the booking form is, so "Change" can take the host there. */
  onEdit(): void;
}

/** What the visitor can do with one meeting: answer, add it to a calendar, change or cancel it, join it. */
export function MeetingActions({ meeting, userId, now, onEdit }: MeetingActionsProps) {
  const { t } = useTranslation();
  const [working, setWorking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const me = personIn(meeting, userId);
  const host = meeting.hostId === userId;
  const live = meeting.status === 'scheduled' && Date.parse(meeting.endsAt) > now;

  async function run(what: string, action: () => Promise<unknown>) {
    setWorking(what);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(failureText(t, error));
    } finally {
      setWorking(null);
    }
  }

  const answer = (value: MeetingResponse['answer']) => void run(value, () => respond(meeting.id, value));
  const download = () =>
    void run('ics', async () => {
      const { blob, fileName } = await meetingIcs(meeting);
      saveBlob(blob, fileName);
    });
  const edit = () => {
    useMeetings.getState().edit(meeting.id);
    onEdit();
  };

  return (
    <div className="mtg-actions-wrap">
      <div className="mtg-actions">
        {canJoin(meeting, userId, now) && (
          <button
            type="button"
            className="primary small mtg-join"
            onClick={() => useRoute.getState().navigate(meetingPath(meeting.id))}
          >
            {t('meetings.card.join')}
          </button>
        )}
        {live && me && !host && (
          <div className="mtg-answer" role="group" aria-label={t('meetings.card.yourAnswer')}>
            <button
              type="button"
              className={me.rsvp === 'accepted' ? 'small mtg-accept chosen' : 'small mtg-accept'}
              aria-pressed={me.rsvp === 'accepted'}
              disabled={working !== null}
              onClick={() => answer('accepted')}
            >
              {working === 'accepted' ? t('meetings.card.sending') : t('meetings.card.accept')}
            </button>
            <button
              type="button"
              className={me.rsvp === 'declined' ? 'small mtg-decline chosen' : 'small mtg-decline'}
              aria-pressed={me.rsvp === 'declined'}
              disabled={working !== null}
              onClick={() => answer('declined')}
            >
              {working === 'declined' ? t('meetings.card.sending') : t('meetings.card.decline')}
            </button>
          </div>
        )}
        {meeting.status !== 'cancelled' && (
          <button type="button" className="ghost small" onClick={download} disabled={working !== null}>
            {working === 'ics' ? t('meetings.card.downloading') : t('meetings.card.ics')}
          </button>
        )}
        {live && host && (
          <>
            <button type="button" className="ghost small" onClick={edit}>
              {t('meetings.card.change')}
            </button>
            <ConfirmControl
              id={`cancel-${meeting.id}`}
              labels={{
                button: t('meetings.cancel.button'),
                question: t('meetings.cancel.question'),
                confirm: t('meetings.cancel.confirm'),
                working: t('meetings.cancel.cancelling'),
                keep: t('meetings.cancel.keep'),
              }}
              onConfirm={() => cancel(meeting.id)}
            />
          </>
        )}
      </div>
      {live && me?.rsvp !== 'declined' && !canJoin(meeting, userId, now) && (
        <p className="hint mtg-opens">{t('meetings.card.opensBefore', { minutes: MEETING_LIMITS.earlyMinutes })}</p>
      )}
      {awaitsAnswer(meeting, userId, now) && <p className="hint mtg-awaits">{t('meetings.card.awaitsYou')}</p>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
