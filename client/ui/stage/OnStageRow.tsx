import { useTranslation } from 'react-i18next';
import { demote, muteTrack, removeFromStage } from '../../net/rooms.ts';
import type { StageTrack } from '../../state/media.ts';

export interface OnStageRowProps {
  userId: string;
  name: string;
  /** An organiser let them speak (their microphone can be taken back). */
  promoted: boolean;
  speaking: boolean;
  tracks: StageTrack[];
}

/** Someone who may speak or is publishing: a mute per published track, take the microphone back, remove. */
export function OnStageRow({ userId, name, promoted, speaking, tracks }: OnStageRowProps) {
  const { t } = useTranslation();
  return (
    <li className="stage-person" data-speaking={speaking}>
      <span className="stage-speaking-dot" aria-hidden="true" />
      <div className="stage-person-text">
        <span className="stage-person-name">{name}</span>
        <span className="stage-person-meta">
          {tracks.length === 0
            ? t('stage.queue.notPublishing')
            : tracks.map((track) => t(`stage.sources.${track.source}`)).join(' · ')}
          {speaking && ` · ${t('stage.queue.speakingNow')}`}
        </span>
      </div>
      <div className="stage-person-actions">
        {tracks.map((track) => (
          <button
            key={track.sid}
            type="button"
            className="stage-small"
            disabled={track.muted}
            onClick={() => muteTrack(userId, track.sid)}
          >
            {track.muted ? t(`stage.muted.${track.source}`) : t(`stage.mute.${track.source}`)}
          </button>
        ))}
        {promoted && (
          <button type="button" className="stage-small" onClick={() => demote(userId)}>
            {t('stage.queue.takeBack')}
          </button>
        )}
        <button type="button" className="stage-small" data-kind="danger" onClick={() => removeFromStage(userId)}>
          {t('stage.queue.remove')}
        </button>
      </div>
    </li>
  );
}
