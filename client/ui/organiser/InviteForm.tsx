import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import { INVITE_LIMITS, type InviteCreated } from '../../../shared/invites.ts';
import { createInvite } from '../../net/invites.ts';
import { failureText } from '../../i18n/failureText.ts';
import { TextInput } from '../exhibitor/TextInput.tsx';
import { useCheckedForm } from '../useCheckedForm.ts';
import { checkDraft, NEW_DRAFT, withRole } from './inviteDraft.ts';
import { RolePicker } from './RolePicker.tsx';
import { ScopeField } from './ScopeField.tsx';

export interface InviteFormProps {
  catalogue: Catalogue;
  onCreated(created: InviteCreated): void;
}

/** A new invitation: the role, what it is bound to, a note, how long and how often it may be used. */
export function InviteForm({ catalogue, onCreated }: InviteFormProps) {
  const { t } = useTranslation();
  const { form, draft, errors, busy, refusal, update, patch, submit } = useCheckedForm({
    initial: NEW_DRAFT,
    check: checkDraft,
    send: createInvite,
    blank: () => NEW_DRAFT,
    onSent: (created) => onCreated(created),
    refusal: (error) => failureText(t, error, 'organiser.form.refused'),
  });

  return (
    <form ref={form} className="org-form" onSubmit={submit} noValidate aria-labelledby="new-invite-title">
      <RolePicker value={draft.role} onChange={(role) => update(withRole(draft, role))} />
      <ScopeField draft={draft} catalogue={catalogue} onChange={patch} error={errors.scope} />
      <TextInput
        id="invite-note"
        label={t('organiser.form.note')}
        hint={t('organiser.form.noteHint')}
        value={draft.note}
        maxLength={INVITE_LIMITS.noteLength}
        onChange={(e) => patch({ note: e.target.value })}
        error={errors.note}
      />
      <div className="org-form-row">
        <TextInput
          id="invite-days"
          label={t('organiser.form.days')}
          hint={t('organiser.form.daysHint', { max: INVITE_LIMITS.maxDays })}
          inputMode="numeric"
          value={draft.days}
          onChange={(e) => patch({ days: e.target.value })}
          error={errors.days}
        />
        <TextInput
          id="invite-uses"
          label={t('organiser.form.maxUses')}
          hint={t('organiser.form.maxUsesHint')}
          inputMode="numeric"
          placeholder={t('organiser.form.unlimited')}
          value={draft.maxUses}
          onChange={(e) => patch({ maxUses: e.target.value, maxUsesTouched: true })}
          error={errors.maxUses}
        />
      </div>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
      <div className="org-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('organiser.form.creating') : t('organiser.form.create')}
        </button>
      </div>
    </form>
  );
}
