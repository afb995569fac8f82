import { useTranslation } from 'react-i18next';
import { ConfirmControl } from '../ConfirmControl.tsx';

/** "Revoke", then a question with "Revoke link" and "Keep"; a failure is said in words and the button comes back. */
export function RevokeControl({ id, onRevoke }: { id: string; onRevoke(): Promise<void> }) {
  const { t } = useTranslation();
  const labels = {
    button: t('organiser.revoke.button'),
    question: t('organiser.revoke.question'),
    confirm: t('organiser.revoke.confirm'),
    working: t('organiser.revoke.revoking'),
    keep: t('organiser.revoke.keep'),
  };
  return <ConfirmControl id={`revoke-${id}`} labels={labels} onConfirm={onRevoke} />;
}
