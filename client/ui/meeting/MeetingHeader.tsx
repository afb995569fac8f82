import { useTranslation } from 'react-i18next';
import { leaveMeeting } from '../../net/meetingRoom.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { useHallName } from '../meetings/useHallName.ts';
import { useMeetingTime } from '../meetings/useMeetingTime.ts';
import { LeaveIcon, LockIcon, NoRecordIcon } from './meetingIcons.tsx';
import { SecurityCode } from './SecurityCode.tsx';

/**
 * The meeting's title, hall and time, what everyone should know about it (no recording, end-to-end
 * encrypted with its security code, locked), and the way out.
 */
export function MeetingHeader() {
  const { t } = useTranslation();
  const meeting = useMeetingCall((s) => s.meeting);
  const locked = useMeetingCall((s) => s.locked);
  const e2ee = useMeetingCall((s) => s.e2ee || (s.meeting?.e2ee ?? false));
  const hallName = useHallName();
  const format = useMeetingTime();
  return (
    <header className="mtg-header">
      <span className="brand-mark small" aria-hidden="true" />
      <div className="mtg-header-text">
        <h1 className="mtg-title">{meeting?.title ?? t('meeting.untitled')}</h1>
        {meeting && (
          <p className="mtg-subtitle">
            <span>{hallName({ id: meeting.hallId, name: meeting.hallName })}</span>
            <span aria-hidden="true"> · </span>
            <span>{format.range(meeting.startsAt, meeting.endsAt)}</span>
          </p>
        )}
        {e2ee && <SecurityCode />}
      </div>
      <div className="mtg-badges">
        {(meeting?.noRecording ?? true) && (
          <span className="mtg-badge" title={t('meeting.noRecordingHint')}>
            <NoRecordIcon />
            {t('meeting.noRecording')}
          </span>
        )}
        {e2ee && (
          <span className="mtg-badge mtg-badge-e2ee" title={t('meeting.e2eeHint')} data-testid="e2ee-badge">
            <LockIcon />
            {t('meeting.e2ee')}
          </span>
        )}
        {locked && (
          <span className="mtg-badge mtg-badge-locked" title={t('meeting.lockedHint')}>
            <LockIcon />
            {t('meeting.locked')}
          </span>
        )}
      </div>
      <button type="button" className="mtg-leave" onClick={leaveMeeting}>
        <LeaveIcon />
        <span>{t('meeting.leave')}</span>
      </button>
    </header>
  );
}
