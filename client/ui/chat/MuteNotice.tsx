import { useTranslation } from 'react-i18next';
import type { Mute } from '../../state/chatLog.ts';
import { useSlotTime } from '../../i18n/useSlotTime.ts';

/** Why the input is closed: muted by an organiser, until when, and their reason if they gave one. */
export function MuteNotice({ mute }: { mute: Mute }) {
  const { t } = useTranslation();
  const { at: formatTime } = useSlotTime();
  return (
    <div className="chat-muted" role="status" data-testid="chat-muted">
      <strong>{mute.until ? t('chat.mutedUntil', { time: formatTime(mute.until) }) : t('chat.muted')}</strong>
      {mute.reason && <span>{t('chat.mutedReason', { reason: mute.reason })}</span>}
    </div>
  );
}
