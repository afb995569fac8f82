import { useTranslation } from 'react-i18next';
import {
  dismissMeetingMediaError,
  dismissMeetingRefusal,
  retryMeetingCall,
  startMeetingAudio,
} from '../../net/meetingCall.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { SpeakerIcon } from '../stage/stageIcons.tsx';
import { problemText, refusalText } from '../../i18n/failureText.ts';

/** The call's state when it is not simply working: connecting, off on this server, failed, taken elsewhere, sound blocked. */
function CallNote() {
  const { t } = useTranslation();
  const connection = useMeetingCall((s) => s.connection);
  const reconnecting = useMeetingCall((s) => s.reconnecting);
  if (reconnecting)
    return (
      <p className="mtg-note" role="status">
        {t('meeting.reconnecting')}
      </p>
    );
  switch (connection) {
    case 'connecting':
      return (
        <p className="mtg-note" role="status">
          {t('meeting.callConnecting')}
        </p>
      );
    case 'reconnecting':
      return (
        <p className="mtg-note" role="status">
          {t('meeting.reconnecting')}
        </p>
      );
    case 'unavailable':
      return (
        <p className="mtg-note mtg-note-calm" role="status" data-testid="meeting-media-off">
          {t('meeting.mediaOff')}
        </p>
      );
    case 'failed':
    case 'elsewhere':
    case 'removed':
      return (
        <p className="mtg-note mtg-note-problem" role="alert">
          <span>{t(connection === 'failed' ? 'meeting.callFailed' : `meeting.call_${connection}`)}</span>
          <button type="button" className="mtg-note-action" onClick={retryMeetingCall}>
            {t('meeting.tryAgain')}
          </button>
        </p>
      );
    default:
      return null;
  }
}

/** What went wrong with the visitor's own camera, microphone or screen, and requests the chair's room turned down. */
function ProblemNotes() {
  const { t } = useTranslation();
  const mediaError = useMeetingCall((s) => s.mediaError);
  const refused = useMeetingCall((s) => s.refused);
  const audioBlocked = useMeetingCall((s) => s.audioBlocked && s.connection === 'connected');
  return (
    <>
      {audioBlocked && (
        <p className="mtg-note">
          <button type="button" className="mtg-note-action" onClick={() => void startMeetingAudio()}>
            <SpeakerIcon />
            {t('meeting.clickToHear')}
          </button>
        </p>
      )}
      {mediaError && (
        <p className="mtg-note mtg-note-problem" role="alert">
          <span>{problemText(t, mediaError)}</span>
          <button type="button" className="mtg-note-action" onClick={dismissMeetingMediaError}>
            {t('meeting.dismiss')}
          </button>
        </p>
      )}
      {refused !== null && (
        <p className="mtg-note mtg-note-problem" role="alert">
          <span>{t('meeting.refused', { reason: refusalText(t, refused.refusal) })}</span>
          <button type="button" className="mtg-note-action" onClick={dismissMeetingRefusal}>
            {t('meeting.dismiss')}
          </button>
        </p>
      )}
    </>
  );
}

/** Notes above the grid; nothing when all is well. */
export function MeetingNotes() {
  return (
    <div className="mtg-notes">
      <CallNote />
      <ProblemNotes />
    </div>
  );
}
