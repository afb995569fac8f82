import { useTranslation } from 'react-i18next';
import { startStageAudio } from '../../net/media.ts';
import { useMedia } from '../../state/media.ts';
import { SpeakerIcon } from './stageIcons.tsx';

/** When the browser holds the stage's sound back until a click, this is the click, right in the dock. */
export function StageAudioUnlock() {
  const { t } = useTranslation();
  const blocked = useMedia((s) => s.audioBlocked && s.listening.length > 0);
  if (!blocked) return null;
  return (
    <button type="button" className="hud-button stage-unlock" onClick={() => void startStageAudio()}>
      <SpeakerIcon />
      <span className="hud-button-label">{t('stage.clickToHear')}</span>
    </button>
  );
}
