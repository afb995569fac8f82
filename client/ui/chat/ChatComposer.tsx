import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_LIMITS } from '../../../shared/chat.ts';
import { sendChat } from '../../net/chatChannel.ts';
import { useChat, type ChatTab } from '../../state/chat.ts';
import { useWorld } from '../../state/world.ts';
import { formatNumber } from '../exhibitor/formatters.ts';
import { sendProblem } from './sendProblem.ts';

/** From this share of the limit on, the counter turns to a warning colour. */
const WARN_AT = 0.9;

export interface ChatComposerProps {
  /** Says who will read the message, for screen readers. */
  label: string;
  kind: ChatTab;
  /** The recipient of a direct message. */
  toId?: string;
  muted: boolean;
}

/** The line to write on: Enter sends, Shift+Enter starts a new line; closed while muted. */
export function ChatComposer({ label, kind, toId, muted }: ChatComposerProps) {
  const { t, i18n } = useTranslation();
  const draft = useChat((s) => s.draft);
  const connected = useWorld((s) => s.status === 'connected');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  // On a desktop the chat opens ready to type; on a phone the keyboard waits for a tap.
  useEffect(() => {
    if (matchMedia('(pointer: fine)').matches) input.current?.focus();
  }, []);

  const used = draft.trim().length;
  const max = CHAT_LIMITS.textLength;
  const over = used > max;
  const lang = i18n.resolvedLanguage ?? 'en';

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (muted || !draft.trim()) return;
    const result = sendChat(kind, draft, toId);
    setProblem(result.ok ? null : sendProblem(t, result));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) send(e);
    // Escape hands the keys back to walking and leaves the chat open (its ✕ closes it).
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.currentTarget.blur();
    }
  };

  return (
    <form className="chat-composer" onSubmit={send}>
      {problem && (
        <p id="chat-problem" className="chat-notice" data-kind="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="chat-input-row">
        <label htmlFor="chat-input" className="visually-hidden">
          {label}
        </label>
        <textarea
          ref={input}
          id="chat-input"
          className="chat-input"
          rows={1}
          value={draft}
          disabled={muted}
          placeholder={muted ? t('chat.mutedPlaceholder') : t('chat.placeholder')}
          enterKeyHint="send"
          aria-invalid={over || undefined}
          aria-describedby={problem ? 'chat-counter chat-problem' : 'chat-counter'}
          onChange={(e) => {
            useChat.getState().setDraft(e.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="submit"
          className="chat-send"
          disabled={muted || over || !connected || used === 0}
          aria-label={t('chat.send')}
          title={t('chat.send')}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 12 20 4l-5 16-3.5-6.5z" />
            <path d="m11.5 13.5 4-4" />
          </svg>
        </button>
      </div>
      <div className="chat-composer-foot">
        <span className="chat-hint">{connected ? t('chat.keysHint') : t('chat.paused')}</span>
        <span
          id="chat-counter"
          className="chat-counter"
          data-level={over ? 'over' : used >= max * WARN_AT ? 'near' : 'ok'}
        >
          <span aria-hidden="true">
            {formatNumber(lang, used)}/{formatNumber(lang, max)}
          </span>
          <span className="visually-hidden">{t('chat.counter', { used, max })}</span>
        </span>
      </div>
    </form>
  );
}
