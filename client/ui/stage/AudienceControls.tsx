import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setPublishing } from '../../net/media.ts';
import { raiseHand } from '../../net/rooms.ts';
import { useMedia } from '../../state/media.ts';
import { useStage } from '../../state/stage.ts';
import { HandIcon, MicIcon } from './stageIcons.tsx';

/** A visitor's part: raise or lower a hand; once an organiser lets them speak, their microphone. */
export function AudienceControls({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const raised = useStage((s) => s.hands.some((h) => h.userId === userId));
  const promoted = useStage((s) => s.promoted.includes(userId));
  const micAllowed = useMedia((s) => s.allowed.includes('microphone') && s.connection === 'connected');
  const micOn = useMedia((s) => s.publishing.microphone);
  const busy = useMedia((s) => s.busy);
  const mediaDown = useMedia((s) => s.connection === 'unavailable' || s.connection === 'failed');
  const [offline, setOffline] = useState(false);

  if (promoted) {
    return (
      <div className="stage-controls" role="group" aria-label={t('stage.yourTurn')}>
        <span className="stage-chip" data-kind="speak">
          {t('stage.maySpeak')}
        </span>
        <button
          type="button"
          className="stage-button"
          data-kind={micOn ? undefined : 'primary'}
          aria-pressed={micOn}
          disabled={!micAllowed || busy}
          onClick={() => void setPublishing('microphone', !micOn)}
          data-testid="stage-mic"
        >
          <MicIcon off={!micOn} /> {micOn ? t('stage.micOff') : t('stage.micOn')}
        </button>
        {!micAllowed && !mediaDown && <span className="stage-hint">{t('stage.micWaiting')}</span>}
      </div>
    );
  }

  const toggle = () => setOffline(!raiseHand(!raised).ok);
  return (
    <div className="stage-controls" role="group" aria-label={t('stage.yourTurn')}>
      <button
        type="button"
        className="stage-button"
        data-kind={raised ? 'raised' : undefined}
        aria-pressed={raised}
        onClick={toggle}
      >
        <HandIcon /> {raised ? t('stage.lowerHand') : t('stage.raiseHand')}
      </button>
      <span className="stage-hint" role="status">
        {offline ? t('stage.offline') : raised ? t('stage.handRaised') : ''}
      </span>
    </div>
  );
}
