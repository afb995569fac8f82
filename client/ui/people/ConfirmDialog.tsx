import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_LIMITS } from '../../../shared/moderation.ts';
import { ModalForm } from '../ModalForm.tsx';
import type { Person } from './people.ts';

export interface ConfirmDialogProps {
  action: 'remove' | 'ban';
  person: Person;
  place: string;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** "Remove / ban this person?" with an optional reason for the moderation log; a modal dialog. */
export function ConfirmDialog({ action, person, place, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const values = { name: person.name, place };

  return (
    <ModalForm
      titleId="mod-dialog-title"
      textId="mod-dialog-text"
      onSubmit={() => onConfirm(reason.trim())}
      onCancel={onCancel}
    >
      <h2 id="mod-dialog-title">{t(`moderation.confirm.${action}Title`, values)}</h2>
      <p id="mod-dialog-text">{t(`moderation.confirm.${action}Text`, values)}</p>
      <label htmlFor="mod-reason">{t('moderation.reason')}</label>
      <textarea
        id="mod-reason"
        rows={3}
        value={reason}
        maxLength={MODERATION_LIMITS.reasonLength}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby="mod-reason-hint"
      />
      <p id="mod-reason-hint" className="hint">
        {t('moderation.reasonHint')}
      </p>
      <div className="mod-dialog-actions">
        <button type="button" className="mod-cancel" onClick={onCancel}>
          {t('moderation.cancel')}
        </button>
        <button type="submit" className="mod-confirm">
          {t(`moderation.confirm.${action}`)}
        </button>
      </div>
    </ModalForm>
  );
}
