import { useTranslation } from 'react-i18next';
import { useMeetingCall } from '../../state/meetingCall.ts';

/**
 * An encrypted meeting's security code, for the people in it to compare aloud: the same code
 * for everyone means nobody else holds the key. "Securing…" until the visitor has the key.
 */
export function SecurityCode() {
  const { t } = useTranslation();
  const code = useMeetingCall((s) => s.securityCode);
  if (!code)
    return (
      <p className="mtg-security" data-testid="security-code" data-state="securing">
        {t('meeting.securing')}
      </p>
    );
  return (
    <p className="mtg-security" data-testid="security-code" data-state="ready" title={t('meeting.securityCodeHint')}>
      {t('meeting.securityCode')} <strong data-code={code}>{code}</strong>
      <span className="mtg-security-hint">: {t('meeting.securityCodeHint')}</span>
    </p>
  );
}
