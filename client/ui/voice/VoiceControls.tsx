import { useTranslation } from 'react-i18next';
import { problemText } from '../../i18n/failureText.ts';
import { dismissVoiceError, retryVoice, setMicMode, startVoiceAudio } from '../../net/voice.ts';
import { useVoice } from '../../state/voice.ts';
import { MicIcon, SpeakerIcon } from '../stage/stageIcons.tsx';
import { usePushToTalk } from './usePushToTalk.ts';
import './voice.css';

/** What the microphone button says in each state; the key is translated. */
function micLabel(mode: string, live: boolean): string {
  if (mode === 'open') return 'voice.micOn';
  if (mode === 'push') return live ? 'voice.talking' : 'voice.holdToTalk';
  return 'voice.micOff';
}

/**
 * Proximity voice in the dock: the microphone (off by default), push-to-talk as an option, and
 * what stands in the way: no voice on this server, a refused microphone, a mute, a blocked speaker.
 */
export function VoiceControls() {
  const { t } = useTranslation();
  const connection = useVoice((s) => s.connection);
  const mode = useVoice((s) => s.mode);
  const live = useVoice((s) => s.live);
  const mayTalk = useVoice((s) => s.mayTalk);
  const error = useVoice((s) => s.error);
  const blocked = useVoice((s) => s.audioBlocked && s.heard.length > 0);
  usePushToTalk();

  if (connection === 'unavailable') {
    return (
      // Short in the dock; the whole reason is its tooltip and what a screen reader reads.
      <p className="voice-note voice-off" role="status" data-testid="voice-note" title={t('voice.unavailable')}>
        <MicIcon off />
        <span aria-hidden="true">{t('voice.unavailableShort')}</span>
        <span className="visually-hidden">{t('voice.unavailable')}</span>
      </p>
    );
  }
  const ready = connection === 'connected' && mayTalk;
  const note =
    connection === 'failed' || connection === 'removed' || connection === 'elsewhere'
      ? t(`voice.${connection}`)
      : connection === 'connected' && !mayTalk
        ? t('voice.mayNotTalk')
        : null;

  return (
    <div className="voice-controls" role="group" aria-label={t('voice.group')}>
      <button
        type="button"
        className="hud-button voice-mic"
        aria-pressed={mode !== 'off'}
        data-live={live}
        data-testid="voice-mic"
        disabled={!ready}
        onClick={() => setMicMode(mode === 'off' ? 'open' : 'off')}
      >
        <MicIcon off={mode === 'off'} />
        <span className="hud-button-label">{t(micLabel(mode, live))}</span>
        {connection !== 'connected' && connection !== 'failed' && (
          <span className="visually-hidden">{t('voice.connecting')}</span>
        )}
      </button>
      <button
        type="button"
        className="hud-button voice-push"
        aria-pressed={mode === 'push'}
        aria-keyshortcuts="V"
        data-testid="voice-push"
        disabled={!ready}
        title={t('voice.pushHint')}
        onClick={() => setMicMode(mode === 'push' ? 'off' : 'push')}
      >
        <span className="hud-button-label">{t('voice.push')}</span>
        <kbd aria-hidden="true">V</kbd>
      </button>
      {blocked && (
        <button type="button" className="hud-button voice-unlock" onClick={() => void startVoiceAudio()}>
          <SpeakerIcon />
          <span className="hud-button-label">{t('voice.clickToHear')}</span>
        </button>
      )}
      {note && (
        <p className="voice-note" role="status" data-testid="voice-note">
          {note}
          {connection === 'failed' && (
            <button type="button" className="voice-note-action" onClick={retryVoice}>
              {t('voice.retry')}
            </button>
          )}
        </p>
      )}
      {error && (
        <p className="voice-note voice-error" role="alert" data-testid="voice-error">
          {problemText(t, error)}
          <button type="button" className="voice-note-action" onClick={dismissVoiceError}>
            {t('voice.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
