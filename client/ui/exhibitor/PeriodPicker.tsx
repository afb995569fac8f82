import { useTranslation } from 'react-i18next';

export const PERIODS = [
  { hours: 24, key: 'exhibitor.analytics.period24h' },
  { hours: 168, key: 'exhibitor.analytics.period7d' },
  { hours: 720, key: 'exhibitor.analytics.period30d' },
] as const;

/** Last day, week or month, as a row of radio buttons. */
export function PeriodPicker({ hours, onChange }: { hours: number; onChange(hours: number): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="exh-segmented">
      <legend className="visually-hidden">{t('exhibitor.analytics.period')}</legend>
      {PERIODS.map((p) => (
        <label key={p.hours} className={p.hours === hours ? 'selected' : undefined}>
          <input
            type="radio"
            name="analytics-period"
            value={p.hours}
            checked={p.hours === hours}
            onChange={() => onChange(p.hours)}
          />
          {t(p.key)}
        </label>
      ))}
    </fieldset>
  );
}
