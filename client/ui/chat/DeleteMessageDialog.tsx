import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../state/chatLog.ts';
import { ModalForm } from '../ModalForm.tsx';

export interface DeleteMessageDialogProps {
  message: ChatMessage;
  onConfirm(): void;
  onCancel(): void;
}

/** "Delete this message for everyone?", showing which one; a modal dialog. */
export function DeleteMessageDialog({ message, onConfirm, onCancel }: DeleteMessageDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalForm titleId="chat-delete-title" textId="chat-delete-text" onSubmit={onConfirm} onCancel={onCancel}>
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
    </ModalForm>
  );
}
