import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles.ts';

/** A small label for anyone who is more than a visitor: organiser, exhibitor, speaker, delegate, interpreter. */
export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  if (role === 'visitor') return null;
  return <span className={`role-badge role-${role}`}>{t(`roles.${role}`)}</span>;
}
