import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../net/apiFailure.ts';
import { endForEveryone, lockMeeting, muteAll } from '../../net/meetingRoom.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { ConfirmControl } from '../ConfirmControl.tsx';
import { LockIcon } from './meetingIcons.tsx';
import { MicIcon } from '../stage/stageIcons.tsx';

/** The chair's controls over the whole meeting: mute everyone, lock the door, end it (after a question). */
export function ChairTools() {
  const { t } = useTranslation();
  const locked = useMeetingCall((s) => s.locked);
  const end = async () => {
    if (!endForEveryone()) throw new ApiFailure('network', 'not connected to the meeting');
  };
  return (
    <section className="mtg-panel-section" aria-labelledby="mtg-chair-heading">
      <h2 id="mtg-chair-heading">{t('meeting.chairTools.heading')}</h2>
      <div className="mtg-panel-buttons">
        <button type="button" className="mtg-small-button" onClick={() => muteAll()}>
          <MicIcon off />
          {t('meeting.chairTools.muteAll')}
        </button>
        <button type="button" className="mtg-small-button" aria-pressed={locked} onClick={() => lockMeeting(!locked)}>
          <LockIcon open={locked} />
          {locked ? t('meeting.chairTools.unlock') : t('meeting.chairTools.lock')}
        </button>
      </div>
      <p className="mtg-panel-hint">
        {locked ? t('meeting.chairTools.lockedHint') : t('meeting.chairTools.unlockedHint')}
      </p>
      <div className="mtg-end">
        <ConfirmControl
          id="mtg-end"
          labels={{
            button: t('meeting.chairTools.end'),
            question: t('meeting.chairTools.endQuestion'),
            confirm: t('meeting.chairTools.endConfirm'),
            working: t('meeting.chairTools.ending'),
            keep: t('meeting.chairTools.keep'),
          }}
          onConfirm={end}
        />
      </div>
    </section>
  );
}
