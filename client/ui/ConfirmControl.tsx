import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../i18n/failureText.ts';

type Step = 'idle' | 'confirming' | 'working';

export interface ConfirmControlProps {
  /** Ties the question to its group for screen readers. */
  id: string;
  /** The button, the question, the confirming button, its label while at work, and the way out. */
  labels: { button: string; question: string; confirm: string; working: string; keep: string };
  onConfirm(): Promise<unknown>;
}

/** An action that cannot be undone: a button, then a question with a confirm and a keep button; a failure is said in words. */
export function ConfirmControl({ id, labels, onConfirm }: ConfirmControlProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') confirmButton.current?.focus();
    if (step === 'idle' && returnFocus.current) startButton.current?.focus();
    returnFocus.current = false;
  }, [step]);

  async function confirm() {
    setStep('working');
    setProblem(null);
    try {
      await onConfirm();
    } catch (error) {
      setProblem(failureText(t, error));
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
        <button ref={startButton} type="button" className="ghost small" onClick={() => setStep('confirming')}>
          {labels.button}
        </button>
      ) : (
        <div className="org-confirm" role="group" aria-labelledby={`confirm-${id}`}>
          <p id={`confirm-${id}`}>{labels.question}</p>
          <div className="org-confirm-buttons">
            <button
              ref={confirmButton}
              type="button"
              className="danger small"
              onClick={() => void confirm()}
              disabled={step === 'working'}
            >
              {step === 'working' ? labels.working : labels.confirm}
            </button>
            <button type="button" className="ghost small" onClick={keep} disabled={step === 'working'}>
              {labels.keep}
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
