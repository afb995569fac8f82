import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../exhibitor/failureMessage.ts';

type Step = 'idle' | 'confirming' | 'revoking';

/** "Revoke", then a question with "Revoke link" and "Keep"; a failure is said in words and the button comes back. */
export function RevokeControl({ id, onRevoke }: { id: string; onRevoke(): Promise<void> }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') confirmButton.current?.focus();
    if (step === 'idle' && returnFocus.current) revokeButton.current?.focus();
    returnFocus.current = false;
  }, [step]);

  async function confirm() {
    setStep('revoking');
    setProblem(null);
    try {
      await onRevoke();
    } catch (error) {
      setProblem(failureMessage(t, error));
      returnFocus.current = true;
    }
    setStep('idle');
  }

  const keep = () => {
    returnFocus.current = true;
    setStep('idle');
  };

  return (
    <>
      {step === 'idle' ? (
        <button ref={revokeButton} type="button" className="ghost small" onClick={() => setStep('confirming')}>
          {t('organiser.revoke.button')}
        </button>
      ) : (
        <div className="org-confirm" role="group" aria-labelledby={`revoke-${id}`}>
          <p id={`revoke-${id}`}>{t('organiser.revoke.question')}</p>
          <div className="org-confirm-buttons">
            <button
              ref={confirmButton}
              type="button"
              className="danger small"
              onClick={() => void confirm()}
              disabled={step === 'revoking'}
            >
              {step === 'revoking' ? t('organiser.revoke.revoking') : t('organiser.revoke.confirm')}
            </button>
            <button type="button" className="ghost small" onClick={keep} disabled={step === 'revoking'}>
              {t('organiser.revoke.keep')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
