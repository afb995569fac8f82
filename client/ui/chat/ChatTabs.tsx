import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_KINDS } from '../../../shared/chat.ts';
import { useChat, type ChatTab } from '../../state/chat.ts';

/** Room, Nearby and Direct, each with its unread count; arrow keys move between them. */
export function ChatTabs() {
  const { t } = useTranslation();
  const tab = useChat((s) => s.tab);
  const unreadBy = useChat((s) => s.unreadBy);
  const buttons = useRef<Partial<Record<ChatTab, HTMLButtonElement | null>>>({});
  const unread = (kind: ChatTab) =>
    kind === 'direct' ? Object.values(unreadBy.direct).reduce((sum, n) => sum + n, 0) : unreadBy[kind];

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = CHAT_KINDS[(CHAT_KINDS.indexOf(tab) + step + CHAT_KINDS.length) % CHAT_KINDS.length]!;
    useChat.getState().showTab(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="chat-tabs" role="tablist" aria-label={t('chat.tabsLabel')} onKeyDown={onKeyDown}>
      {CHAT_KINDS.map((kind) => {
        const count = unread(kind);
        return (
          <button
            key={kind}
            ref={(el) => {
              buttons.current[kind] = el;
            }}
            type="button"
            role="tab"
            id={`chat-tab-${kind}`}
            aria-selected={tab === kind}
            aria-controls="chat-view"
            tabIndex={tab === kind ? 0 : -1}
            className="chat-tab"
            onClick={() => useChat.getState().showTab(kind)}
          >
            {t(`chat.tab.${kind}`)}
            {count > 0 && (
              <span className="chat-tab-unread">
                <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
                <span className="visually-hidden">{t('chat.unread', { count })}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
