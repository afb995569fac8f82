import { useTranslation } from 'react-i18next';
import type { ModerationOutcome } from './useModeration.ts';

/** Whether the organiser's last action went through, in words, until dismissed or replaced. */
export function ModerationOutcomeLine({ outcome, onDismiss }: { outcome: ModerationOutcome; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="mod-outcome" data-kind={outcome.kind} role={outcome.kind === 'failed' ? 'alert' : 'status'}>
      <span>{outcome.message}</span>
      <button type="button" className="hud-close small" onClick={onDismiss} aria-label={t('world.close')}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
