import { useTranslation } from 'react-i18next';
import { INVITE_ROLES, type InviteRole } from './inviteDraft.ts';

/** The role an invitation gives, as a radio group of cards, each saying what the role may do. */
export function RolePicker({ value, onChange }: { value: InviteRole; onChange(role: InviteRole): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field org-roles">
      <legend>{t('organiser.form.role')}</legend>
      <div className="org-role-grid">
        {INVITE_ROLES.map((role) => (
          <label
            key={role}
            className={value === role ? 'choice-card org-role selected' : 'choice-card org-role'}
            data-role={role}
          >
            <input
              type="radio"
              name="invite-role"
              value={role}
              checked={value === role}
              onChange={() => onChange(role)}
            />
            <span className="org-role-name">{t(`roles.${role}`)}</span>
            <span className="org-role-text">{t(`organiser.roleHelp.${role}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
