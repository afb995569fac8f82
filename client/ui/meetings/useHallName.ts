import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { hallLabel } from '../../i18n/hallLabel.ts';

/** A hall's name in the interface (client/i18n/hallLabel.ts), from the name the server gave with it. */
export function useHallName(): (hall: { id: string; name: string }) => string {
  const { t } = useTranslation();
  return useCallback((hall: { id: string; name: string }) => hallLabel(t, hall), [t]);
}
