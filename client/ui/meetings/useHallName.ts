import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "astana" → "Astana", "new-hall" → "New Hall". */
const capitalised = (id: string) =>
  id.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`);

/**
 * A hall's name (after a capital) in the interface language, by its id. A meeting names only its hall's
 * id, and not everyone on its list may read the hall list, so the translations are ours; a hall we have
 * no translation for is named after its id.
 */
export function useHallName(): (hallId: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (hallId: string) =>
      t(`meetings.halls.${hallId}`, { defaultValue: t('meetings.hallFallback', { hall: capitalised(hallId) }) }),
    [t],
  );
}
