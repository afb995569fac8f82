import { useTranslation } from 'react-i18next';
import { EMOTES } from '../../../shared/reactions.ts';
import { sendReaction } from '../../net/reactions.ts';
import { useWorld } from '../../state/world.ts';
import { EmoteIcon } from './EmoteIcon.tsx';
import { useReactionKeys } from './useReactionKeys.ts';
import './reactions.css';

/** Wave, applause, ...: shown above the visitor's avatar to the people near them; also on keys 1–6. */
export function ReactionBar() {
  const { t } = useTranslation();
  const connected = useWorld((s) => s.status === 'connected');
  useReactionKeys();
  return (
    <div className="reaction-bar" role="group" aria-label={t('reactions.bar')}>
      {EMOTES.map((emote, i) => (
        <button
          key={emote}
          type="button"
          className="reaction-button"
          data-emote={emote}
          disabled={!connected}
          aria-label={t(`reactions.emote.${emote}`)}
          aria-keyshortcuts={String(i + 1)}
          title={t('reactions.hint', { name: t(`reactions.emote.${emote}`), key: i + 1 })}
          onClick={() => sendReaction(emote)}
        >
          <EmoteIcon emote={emote} size={22} />
        </button>
      ))}
    </div>
  );
}
