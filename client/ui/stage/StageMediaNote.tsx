import { useTranslation } from 'react-i18next';
import { problemText } from '../../i18n/failureText.ts';
import { STAGE_LIMITS } from '../../../shared/stage.ts';
import { dismissMediaError, retryStage } from '../../net/media.ts';
import { useMedia } from '../../state/media.ts';

/** Says what the stage's voice and video are doing when they are not simply working, and offers a way on. */
export function StageMediaNote() {
  const { t } = useTranslation();
  const connection = useMedia((s) => s.connection);
  const error = useMedia((s) => s.error);
  const values = { minutes: STAGE_LIMITS.earlyMinutes };

  if (connection === 'connecting') {
    return (
      <p className="stage-note" role="status">
        <span className="spinner" aria-hidden="true" /> {t('stage.connecting')}
      </p>
    );
  }
  if (connection === 'unavailable') {
    return (
      <p className="stage-note" data-kind="calm" role="status" data-testid="stage-unavailable">
        {t('stage.unavailable')}
      </p>
    );
  }
  if (connection === 'failed' || connection === 'removed' || connection === 'elsewhere') {
    const message =
      connection === 'failed' ? problemText(t, error ?? 'stage.connectFailed', values) : t(`stage.${connection}`);
    return (
      <p className="stage-note" data-kind="problem" role="alert">
        <span>{message}</span>
        <button type="button" onClick={retryStage}>
          {connection === 'elsewhere' ? t('stage.playHere') : t('stage.retry')}
        </button>
      </p>
    );
  }
  if (error) {
    return (
      <p className="stage-note" data-kind="problem" role="alert">
        <span>{problemText(t, error, values)}</span>
        <button type="button" className="stage-note-close" onClick={dismissMediaError} aria-label={t('world.close')}>
          <span aria-hidden="true">✕</span>
        </button>
      </p>
    );
  }
  return null;
}
