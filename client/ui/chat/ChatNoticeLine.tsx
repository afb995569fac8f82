import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChat, type ChatNotice } from '../../state/chat.ts';
import { refusalText } from '../../i18n/failureText.ts';

/** How long a passing notice (too fast, refused, mute lifted) stays before it fades. */
const SHOWN_MS = 8000;

function text(t: TFunction, notice: ChatNotice): string | null {
  switch (notice.kind) {
    case 'throttled':
      return t('chat.throttled');
    case 'message_refused':
      // The server's English `reason` is for logs; the visitor reads the translated code.
      return notice.refusal ? t('chat.refused', { reason: refusalText(t, notice.refusal) }) : t('chat.refusedPlain');
    case 'unmuted':
      return t('chat.unmuted');
    default:
      return null; // A mute has its own lasting notice.
  }
}

/** The server's last word on the visitor's messages, shown inline above the input for a few seconds. */
export function ChatNoticeLine() {
  const { t } = useTranslation();
  const notice = useChat((s) => s.notice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      if (useChat.getState().notice?.seq === notice.seq) useChat.getState().dismissNotice();
    }, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const message = notice && text(t, notice);
  if (!message) return null;
  return (
    <p className="chat-notice" data-kind={notice.kind} role={notice.kind === 'unmuted' ? 'status' : 'alert'}>
      {message}
    </p>
  );
}
