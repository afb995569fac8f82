import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlotTime } from '../../i18n/useSlotTime.ts';
import { deleteMessage } from '../../net/chatChannel.ts';
import type { ChatMessage, Peer } from '../../state/chatLog.ts';
import { useSession } from '../../state/session.ts';
import { DeleteMessageDialog } from './DeleteMessageDialog.tsx';
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

export interface MessageListProps {
  messages: readonly ChatMessage[];
  /** What an empty list says. */
  empty: string;
  /** Present where a message's author can be written to directly. */
  onWrite?: (peer: Peer) => void;
}

/** Messages, oldest first, following the newest unless the reader has scrolled back; organisers may delete. */
export function MessageList({ messages, empty, onWrite }: MessageListProps) {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user);
  const { at: formatTime } = useSlotTime();
  const log = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);
  const [deleting, setDeleting] = useState<ChatMessage | null>(null);
  const mayDelete = user?.role === 'organiser';

  useLayoutEffect(() => {
    const el = log.current;
    if (el && stuck.current) el.scrollTop = el.scrollHeight;
  }, [messages]);

  return (
    <div
      ref={log}
      id="chat-view"
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
        <p className="chat-empty">{empty}</p>
      ) : (
        <ol className="chat-messages">
          {messages.map((m, i) => (
            <MessageItem
              key={m.id}
              message={m}
              mine={m.fromId === user?.id}
              continued={continues(messages[i - 1], m)}
              formatTime={formatTime}
              onWrite={onWrite}
              onDelete={mayDelete ? setDeleting : undefined}
            />
          ))}
        </ol>
      )}
      {deleting && (
        <DeleteMessageDialog
          message={deleting}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            deleteMessage(deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
