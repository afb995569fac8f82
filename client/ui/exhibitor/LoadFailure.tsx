import { useTranslation } from 'react-i18next';
import { failureText } from '../../i18n/failureText.ts';

/** A load that failed, said in words, with a button to try again. */
export function LoadFailure({ failure, onRetry }: { failure: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert">
      <p>{failureText(t, failure)}</p>
      <button type="button" className="secondary small" onClick={onRetry}>
        {t('landing.retry')}
      </button>
    </div>
  );
}
