import { useTranslation } from 'react-i18next';
import { problemText } from '../../i18n/failureText.ts';
import { enterMeeting, leaveMeeting } from '../../net/meetingRoom.ts';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { opensAt } from '../../state/meetingOrder.ts';
import { useMeetingTime } from '../meetings/useMeetingTime.ts';

/** Why the meeting is closed to the visitor, in words, with the way back to their meetings. */
export function MeetingClosed() {
  const { t } = useTranslation();
  const { outcome, failure, meeting, meetingId } = useMeetingCall(
    useShallow((s) => ({ outcome: s.outcome, failure: s.failure, meeting: s.meeting, meetingId: s.meetingId })),
  );
  const format = useMeetingTime();
  const key = outcome ?? 'failed';
  const text =
    key === 'early' && meeting
      ? t('meeting.closed.early', { time: format.time(new Date(opensAt(meeting))) })
      : key === 'failed' && failure
        ? problemText(t, failure)
        : t(`meeting.closed.${key}`);
  const tryAgain = (key === 'failed' || key === 'early') && meetingId;
  return (
    <main id="main" className="mtg-waiting">
      <section className="mtg-waiting-card" aria-labelledby="mtg-closed-heading" data-outcome={key}>
        <div className="mtg-waiting-mark" aria-hidden="true">
          <span className="brand-mark" />
        </div>
        <h1 id="mtg-closed-heading">{t(`meeting.closed.${key}Title`)}</h1>
        <p className="mtg-waiting-text" role="alert">
          {text}
        </p>
        <div className="mtg-waiting-actions">
          <button type="button" className="primary" onClick={leaveMeeting}>
            {t('meeting.backToMeetings')}
          </button>
          {tryAgain && (
            <button type="button" className="mtg-quiet-button" onClick={() => void enterMeeting(meetingId)}>
              {t('meeting.tryAgain')}
            </button>
          )}
        </div>
      </section>
    </main>
  );
}
