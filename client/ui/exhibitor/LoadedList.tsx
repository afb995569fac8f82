import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailure } from './LoadFailure.tsx';

export interface LoadedListProps<T> {
  state: 'loading' | 'ready' | 'failed';
  items: readonly T[] | null;
  failure: unknown;
  onRetry(): void;
  /** Where its texts are in the translations: `<textKeys>.loading`, `.emptyTitle` and `.emptyText`. */
  textKeys: string;
  /** The list itself, once it has something in it. */
  children(items: readonly T[]): ReactNode;
}

/** A list read from the server: loading, failed and empty are said in words; otherwise the list is shown. */
export function LoadedList<T>({ state, items, failure, onRetry, textKeys, children }: LoadedListProps<T>) {
  const { t } = useTranslation();
  if (state === 'loading') {
    return (
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" /> {t(`${textKeys}.loading`)}
      </p>
    );
  }
  if (state === 'failed') return <LoadFailure failure={failure} onRetry={onRetry} />;
  if (!items || items.length === 0) {
    return (
      <div className="exh-empty">
        <div className="exh-empty-icon" aria-hidden="true" />
        <p className="exh-empty-title">{t(`${textKeys}.emptyTitle`)}</p>
        <p className="hint">{t(`${textKeys}.emptyText`)}</p>
      </div>
    );
  }
  return children(items);
}
