import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../state/chatLog.ts';

export interface DeleteMessageDialogProps {
  message: ChatMessage;
  onConfirm(): void;
  onCancel(): void;
}

/** "Delete this message for everyone?", showing which one; a modal dialog. */
export function DeleteMessageDialog({ message, onConfirm, onCancel }: DeleteMessageDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const current = dialog.current;
    if (current && !current.open) current.showModal();
    return () => current?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="mod-dialog"
      aria-labelledby="chat-delete-title"
      aria-describedby="chat-delete-text"
      data-own-keys="true"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      // Escape belongs to the dialog; the panel behind it stays open.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="chat-delete-title">{t('chat.deleteTitle')}</h2>
        <p id="chat-delete-text">{t('chat.deleteText', { name: message.name })}</p>
        <blockquote className="chat-delete-quote">{message.text}</blockquote>
        <div className="mod-dialog-actions">
          <button type="button" className="mod-cancel" onClick={onCancel}>
            {t('moderation.cancel')}
          </button>
          <button type="submit" className="mod-confirm">
            {t('chat.deleteConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
