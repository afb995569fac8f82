import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../shared/chat.ts';
import { useSlotTime } from '../../i18n/useSlotTime.ts';
import { useChat } from '../../state/chat.ts';
import { useSession } from '../../state/session.ts';
import { MessageItem } from './MessageItem.tsx';

/** Messages from the same person this close together read as one block under one name. */
const GROUP_WITHIN_MS = 3 * 60_000;
/** How close to the bottom counts as "reading the newest"; new messages then scroll into view. */
const STICK_PX = 48;

function continues(previous: ChatMessage | undefined, message: ChatMessage): boolean {
  return (
    previous !== undefined &&
    previous.fromId === message.fromId &&
    Date.parse(message.at) - Date.parse(previous.at) < GROUP_WITHIN_MS
  );
}

/** The room's messages, oldest first, following the newest unless the reader has scrolled back. */
export function MessageList() {
  const { t } = useTranslation();
  const messages = useChat((s) => s.messages);
  const selfId = useSession((s) => s.session?.user.id);
  const { at: formatTime } = useSlotTime();
  const log = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);

  useLayoutEffect(() => {
    const el = log.current;
    if (el && stuck.current) el.scrollTop = el.scrollHeight;
  }, [messages]);

  return (
    <div
      ref={log}
      className="chat-log"
      role="log"
      aria-label={t('chat.messages')}
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        stuck.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
      }}
    >
      {messages.length === 0 ? (
        <p className="chat-empty">{t('chat.empty')}</p>
      ) : (
        <ol className="chat-messages">
          {messages.map((m, i) => (
            <MessageItem
              key={m.id}
              message={m}
              mine={m.fromId === selfId}
              continued={continues(messages[i - 1], m)}
              formatTime={formatTime}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
