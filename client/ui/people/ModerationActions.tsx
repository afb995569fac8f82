import { useTranslation } from 'react-i18next';
import type { Person } from './people.ts';
import type { ModerationStep } from './useModeration.ts';

export interface ModerationActionsProps {
  id: string;
  person: Person;
  busy: boolean;
  onStep(step: ModerationStep): void;
  /** Remove and ban are asked about first. */
  onConfirm(action: 'remove' | 'ban'): void;
}

/** What an organiser can do about one person: mute for a while or until lifted, unmute, remove, ban. */
export function ModerationActions({ id, person, busy, onStep, onConfirm }: ModerationActionsProps) {
  const { t } = useTranslation();
  return (
    <div id={id} className="mod-actions" role="group" aria-label={t('moderation.actionsFor', { name: person.name })}>
      <div className="mod-row" role="group" aria-labelledby={`${id}-mute`}>
        <span id={`${id}-mute`} className="mod-label">
          {t('moderation.mute')}
        </span>
        <button type="button" disabled={busy} onClick={() => onStep({ action: 'mute', minutes: 15 })}>
          {t('moderation.mute15')}
        </button>
        <button type="button" disabled={busy} onClick={() => onStep({ action: 'mute', minutes: 60 })}>
          {t('moderation.mute60')}
        </button>
        <button type="button" disabled={busy} onClick={() => onStep({ action: 'mute' })}>
          {t('moderation.muteUntilLifted')}
        </button>
      </div>
      <div className="mod-row">
        <button type="button" disabled={busy} onClick={() => onStep({ action: 'unmute' })}>
          {t('moderation.unmute')}
        </button>
        <button type="button" className="mod-danger" disabled={busy} onClick={() => onConfirm('remove')}>
          {t('moderation.remove')}
        </button>
        <button type="button" className="mod-danger" disabled={busy} onClick={() => onConfirm('ban')}>
          {t('moderation.ban')}
        </button>
      </div>
    </div>
  );
}
