import { useTranslation } from 'react-i18next';
import type { LiveState } from './useLiveLeads.ts';

/** A small dot and a word: whether new leads appear by themselves right now. */
export function LiveIndicator({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <span className="exh-live" data-state={state} role="status">
      <span className="exh-live-dot" aria-hidden="true" />
      {t(`exhibitor.leads.live_${state}`)}
    </span>
  );
}
