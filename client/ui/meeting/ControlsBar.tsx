import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../shared/languages.ts';
import { setMeetingPublishing } from '../../net/meetingCall.ts';
import { leaveMeeting, requestFloor } from '../../net/meetingRoom.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { useSession } from '../../state/session.ts';
import { CameraIcon, HandIcon, MicIcon, ScreenIcon } from '../stage/stageIcons.tsx';
import { ListenPicker } from './ListenPicker.tsx';
import { LeaveIcon, PeopleIcon } from './meetingIcons.tsx';

interface ControlProps {
  label: string;
  /** The words under the icon; the button's name starts with them when the label does not hold them. */
  caption: string;
  pressed?: boolean;
  tone?: 'off' | 'on' | 'danger';
  disabled?: boolean;
  onClick(): void;
  badge?: number;
  children: ReactNode;
  testId?: string;
}

/**
 * The button's name holds the words shown under its icon (WCAG 2.5.3, label in name): someone
 * who says "click Unmute" to voice control, or sees it while a screen reader speaks, finds it.
 */
function nameWithCaption(label: string, caption: string): string {
  return label.toLocaleLowerCase().includes(caption.toLocaleLowerCase()) ? label : `${caption} (${label})`;
}

function Control({ label, caption, pressed, tone, disabled, onClick, badge, children, testId }: ControlProps) {
  return (
    <button
      type="button"
      className="mtg-control"
      data-tone={tone}
      aria-label={nameWithCaption(label, caption)}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
    >
      <span className="mtg-control-icon">
        {children}
        {badge ? <span className="mtg-control-badge">{badge}</span> : null}
      </span>
      <span className="mtg-control-caption" aria-hidden="true">
        {caption}
      </span>
    </button>
  );
}

export interface ControlsBarProps {
  panelOpen: boolean;
  onPanel(): void;
}

/** Microphone, camera, screen, the floor, what to listen to, the people panel, and leaving. */
export function ControlsBar({ panelOpen, onPanel }: ControlsBarProps) {
  const { t } = useTranslation();
  const selfId = useSession((s) => s.session?.user.id ?? '');
  const publishing = useMeetingCall((s) => s.publishing);
  const busy = useMeetingCall((s) => s.busy);
  const connected = useMeetingCall((s) => s.connection === 'connected');
  const queued = useMeetingCall((s) => s.floor.includes(selfId));
  const speaking = useMeetingCall((s) => s.speaker === selfId);
  const me = useMeetingCall((s) => s.attendees.find((a) => a.id === selfId));
  const knocks = useMeetingCall((s) => s.knocks.length);
  const mediaOff = !connected || busy;
  const interprets = me?.interprets ?? null;
  const micLabel = publishing.microphone ? t('meeting.micOff') : t('meeting.micOn');
  return (
    <nav className="mtg-controls" aria-label={t('meeting.controls')}>
      <div className="mtg-controls-group">
        <Control
          label={
            interprets
              ? `${micLabel} (${t('meeting.interpreting', { language: LANGUAGE_NAMES[interprets] })})`
              : micLabel
          }
          caption={publishing.microphone ? t('meeting.mute') : t('meeting.unmute')}
          pressed={publishing.microphone}
          tone={publishing.microphone ? 'on' : 'off'}
          disabled={mediaOff}
          onClick={() => void setMeetingPublishing('microphone', !publishing.microphone)}
          testId="meeting-mic"
        >
          <MicIcon off={!publishing.microphone} />
        </Control>
        <Control
          label={publishing.camera ? t('meeting.cameraOff') : t('meeting.cameraOn')}
          caption={t('meeting.camera')}
          pressed={publishing.camera}
          tone={publishing.camera ? 'on' : 'off'}
          disabled={mediaOff}
          onClick={() => void setMeetingPublishing('camera', !publishing.camera)}
          testId="meeting-camera"
        >
          <CameraIcon off={!publishing.camera} />
        </Control>
        <Control
          label={publishing.screen_share ? t('meeting.stopSharing') : t('meeting.shareScreen')}
          caption={publishing.screen_share ? t('meeting.stopSharingShort') : t('meeting.share')}
          pressed={publishing.screen_share}
          disabled={mediaOff}
          onClick={() => void setMeetingPublishing('screen_share', !publishing.screen_share)}
        >
          <ScreenIcon />
        </Control>
        {!me?.chair && (
          <Control
            label={
              speaking ? t('meeting.floor.handBack') : queued ? t('meeting.floor.withdraw') : t('meeting.floor.request')
            }
            caption={
              speaking
                ? t('meeting.floor.handBackShort')
                : queued
                  ? t('meeting.floor.withdrawShort')
                  : t('meeting.floor.requestShort')
            }
            pressed={queued || speaking}
            onClick={() => requestFloor(!(queued || speaking))}
          >
            <HandIcon />
          </Control>
        )}
      </div>
      <ListenPicker />
      <div className="mtg-controls-group">
        <Control
          label={panelOpen ? t('meeting.panel.close') : t('meeting.panel.open')}
          caption={t('meeting.panel.people')}
          pressed={panelOpen}
          onClick={onPanel}
          badge={me?.chair ? knocks : 0}
        >
          <PeopleIcon />
        </Control>
        <Control label={t('meeting.leave')} caption={t('meeting.leave')} tone="danger" onClick={leaveMeeting}>
          <LeaveIcon />
        </Control>
      </div>
    </nav>
  );
}
