import { useTranslation } from 'react-i18next';
import { timeFormatter } from '../exhibitor/formatters.ts';

export interface RefreshButtonProps {
  busy: boolean;
  updatedAt: Date | null;
  onRefresh(): void;
}

/** When a list was last read, and a button to read it again. */
export function RefreshButton({ busy, updatedAt, onRefresh }: RefreshButtonProps) {
  const { t, i18n } = useTranslation();
  const time = updatedAt ? timeFormatter(i18n.resolvedLanguage ?? 'en').format(updatedAt) : null;
  return (
    <div className="exh-head-actions">
      {time && <span className="hint org-updated">{t('organiser.updated', { time })}</span>}
      <button type="button" className="ghost small" onClick={onRefresh} disabled={busy} aria-busy={busy}>
        {busy && <span className="spinner" aria-hidden="true" />} {t('organiser.refresh')}
      </button>
    </div>
  );
}
