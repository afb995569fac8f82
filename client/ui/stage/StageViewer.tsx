import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { startStageAudio } from '../../net/media.ts';
import { useMedia, type StagePublisher } from '../../state/media.ts';
import { useStage } from '../../state/stage.ts';
import { currentSlot, nextSlot } from '../../state/agenda.ts';
import { FullscreenIcon, SpeakerIcon } from './stageIcons.tsx';
import { StageIdle } from './StageIdle.tsx';
import { StageVideo } from './StageVideo.tsx';
import { useFullscreen } from './useFullscreen.ts';
import { useNow } from '../../state/useNow.ts';

/** The names of those speaking now; if nobody is, whoever holds the stage. */
function speakingNames(
  publishers: StagePublisher[],
  fallback: string | undefined,
  name: (p: StagePublisher) => string,
) {
  const speaking = publishers.filter((p) => p.speaking && p.tracks.some((t) => t.source === 'microphone'));
  if (speaking.length > 0) return speaking.map(name).join(', ');
  return fallback ?? '';
}

/**
 * The stage as the audience sees it: the live picture with a LIVE badge and who is speaking,
 * the voice alone when there is no picture, or the next slot while nothing is live.
 */
export function StageViewer() {
  const { t } = useTranslation();
  const video = useMedia((s) => s.video);
  const publishers = useMedia((s) => s.publishers);
  const listening = useMedia((s) => s.listening);
  const audioBlocked = useMedia((s) => s.audioBlocked);
  const reconnecting = useMedia((s) => s.connection === 'reconnecting');
  const slots = useStage((s) => s.slots);
  const now = useNow();
  const frame = useRef<HTMLDivElement>(null);
  const videoElement = useRef<HTMLVideoElement>(null);
  const fullscreen = useFullscreen(frame, videoElement);

  const name = (p: { name: string; local: boolean }) => (p.local ? t('stage.you') : p.name || t('stage.someone'));
  const presenter = video ? name(video) : undefined;
  const audible = publishers.filter((p) => listening.includes(p.identity));
  const live = video !== null || audible.length > 0;
  const speaking = speakingNames(publishers, presenter ?? (audible[0] && name(audible[0])), name);

  return (
    <div className="stage-frame" ref={frame} data-live={live} data-testid="stage-frame">
      {video && (
        <StageVideo
          ref={videoElement}
          trackKey={video.key}
          mirrored={video.local && video.source === 'camera'}
          label={
            video.source === 'screen_share'
              ? t('stage.sharingScreen', { name: presenter })
              : t('stage.presenting', { name: presenter })
          }
        />
      )}
      {!video && live && (
        <div className="stage-audio-only">
          <SpeakerIcon />
          <span>{t('stage.audioOnly')}</span>
        </div>
      )}
      {/* A lost line is not an idle stage: the agenda's "starting soon" would say the wrong thing. */}
      {!live && !reconnecting && <StageIdle current={currentSlot(slots, now)} next={nextSlot(slots, now)} />}
      {live && (
        <div className="stage-overlay-top">
          <span className="stage-live-badge">{t('stage.live')}</span>
          {speaking && <span className="stage-speaking">{t('stage.speaking', { names: speaking })}</span>}
        </div>
      )}
      {video && fullscreen.supported && (
        <button
          type="button"
          className="stage-fullscreen"
          onClick={fullscreen.toggle}
          aria-label={fullscreen.active ? t('stage.exitFullscreen') : t('stage.fullscreen')}
          title={fullscreen.active ? t('stage.exitFullscreen') : t('stage.fullscreen')}
        >
          <FullscreenIcon exit={fullscreen.active} />
        </button>
      )}
      {reconnecting && (
        <div className="stage-overlay-center" role="status">
          <span className="stage-reconnecting">
            <span className="spinner" aria-hidden="true" /> {t('stage.reconnecting')}
          </span>
        </div>
      )}
      {audioBlocked && live && !reconnecting && (
        <div className="stage-overlay-center">
          <button type="button" className="stage-unmute" onClick={() => void startStageAudio()}>
            <SpeakerIcon /> {t('stage.clickToHear')}
          </button>
        </div>
      )}
    </div>
  );
}
