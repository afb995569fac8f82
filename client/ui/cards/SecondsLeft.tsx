import { useTranslation } from 'react-i18next';

/** How long an offer still stands, in whole seconds; shown, not read out every second. */
export function SecondsLeft({ until, now }: { until: string; now: number }) {
  const { t } = useTranslation();
  const count = Math.max(0, Math.ceil((Date.parse(until) - now) / 1000));
  return (
    <span className="card-seconds" aria-hidden="true">
      {t('cards.secondsLeft', { count })}
    </span>
  );
}
