import { useTranslation } from 'react-i18next';
import { goLive, setPublishing, stopLive } from '../../net/media.ts';
import { isPublishing, useMedia } from '../../state/media.ts';
import { CameraIcon, MicIcon, ScreenIcon, StopIcon } from './stageIcons.tsx';

/** The speaker's (and organisers') buttons: go live with camera and microphone, share a screen, stop. */
export function PresenterControls() {
  const { t } = useTranslation();
  const publishing = useMedia((s) => s.publishing);
  const busy = useMedia((s) => s.busy);
  const connected = useMedia((s) => s.connection === 'connected');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  const live = isPublishing(publishing);
  const off = !connected || busy;

  return (
    <div className="stage-controls" role="group" aria-label={t('stage.presenterControls')}>
      {live ? (
        <span className="stage-chip" data-kind="live">
          {t('stage.youAreLive')}
        </span>
      ) : (
        <button type="button" className="stage-button" data-kind="primary" disabled={off} onClick={() => void goLive()}>
          <CameraIcon /> {t('stage.goLive')}
        </button>
      )}
      {live && (
        <>
          <button
            type="button"
            className="stage-button"
            data-toggle="true"
            aria-pressed={publishing.microphone}
            disabled={off}
            onClick={() => void setPublishing('microphone', !publishing.microphone)}
          >
            <MicIcon off={!publishing.microphone} /> {t('stage.microphone')}
          </button>
          <button
            type="button"
            className="stage-button"
            data-toggle="true"
            aria-pressed={publishing.camera}
            disabled={off}
            onClick={() => void setPublishing('camera', !publishing.camera)}
          >
            <CameraIcon off={!publishing.camera} /> {t('stage.camera')}
          </button>
        </>
      )}
      {canShare && (
        <button
          type="button"
          className="stage-button"
          aria-pressed={publishing.screen_share}
          disabled={off}
          onClick={() => void setPublishing('screen_share', !publishing.screen_share)}
        >
          <ScreenIcon /> {publishing.screen_share ? t('stage.stopSharing') : t('stage.shareScreen')}
        </button>
      )}
      {live && (
        <button
          type="button"
          className="stage-button"
          data-kind="danger"
          disabled={busy}
          onClick={() => void stopLive()}
        >
          <StopIcon /> {t('stage.stop')}
        </button>
      )}
    </div>
  );
}
