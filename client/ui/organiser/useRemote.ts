import { useCallback, useEffect, useState } from 'react';

export type RemoteState = 'loading' | 'ready' | 'failed';

export interface Remote<T> {
  state: RemoteState;
  /** The last answer; kept while a refresh is under way, so the page does not flicker. */
  data: T | null;
  failure: unknown;
  /** A refresh of data already shown is under way. */
  refreshing: boolean;
  updatedAt: Date | null;
  reload(): void;
}

/** Loads once on mount and again on every reload(); a late answer from an earlier load is ignored. */
export function useRemote<T>(load: () => Promise<T>): Remote<T> {
  const [data, setData] = useState<T | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(true);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    load()
      .then((answer) => {
        if (!current) return;
        setData(answer);
        setFailure(null);
        setUpdatedAt(new Date());
      })
      .catch((error: unknown) => current && setFailure(error ?? 'failed'))
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => {
    setBusy(true);
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);

  const state: RemoteState = failure !== null ? 'failed' : data === null ? 'loading' : 'ready';
  return { state, data, failure, refreshing: busy && data !== null, updatedAt, reload };
}
