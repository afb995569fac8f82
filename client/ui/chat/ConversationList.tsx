import { useTranslation } from 'react-i18next';
import { useSlotTime } from '../../i18n/useSlotTime.ts';
import { useChat } from '../../state/chat.ts';
import { conversations } from '../../state/chatLog.ts';
import { useSession } from '../../state/session.ts';

/** The Direct tab's first view: one line per person the visitor has written with, the most recent first. */
export function ConversationList() {
  const { t } = useTranslation();
  const direct = useChat((s) => s.direct);
  const unread = useChat((s) => s.unreadBy.direct);
  const selfId = useSession((s) => s.session?.user.id);
  const { at: formatTime } = useSlotTime();
  const list = conversations(direct, selfId);

  if (list.length === 0) {
    return (
      <div className="chat-log">
        <div className="chat-empty">
          <p>
            <strong>{t('chat.directEmptyTitle')}</strong>
            <br />
            {t('chat.directEmpty')}
          </p>
        </div>
      </div>
    );
  }
  return (
    <ul className="chat-conversations" aria-label={t('chat.conversations')}>
      {list.map(({ peer, last }) => {
        const count = unread[peer.id] ?? 0;
        const preview = last.deleted
          ? t('chat.deleted')
          : last.fromId === selfId
            ? t('chat.youSaid', { text: last.text })
            : last.text;
        return (
          <li key={peer.id}>
            <button
              type="button"
              className="chat-conversation"
              data-unread={count > 0}
              onClick={() => useChat.getState().openConversation(peer)}
            >
              <span className="chat-conversation-top">
                <span className="chat-name">{peer.name}</span>
                <time className="chat-time" dateTime={last.at}>
                  {formatTime(last.at)}
                </time>
              </span>
              <span className="chat-conversation-bottom">
                <span className="chat-conversation-preview">{preview}</span>
                {count > 0 && (
                  <span className="chat-tab-unread">
                    <span aria-hidden="true">{count}</span>
                    <span className="visually-hidden">{t('chat.unread', { count })}</span>
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
