import { useCallback, useEffect, useState } from 'react';
import { fetchCatalogue } from '../net/api.ts';
import { useSession } from '../state/session.ts';

export type LoadState = 'loading' | 'ready' | 'failed';

/** Loads the event catalogue once per page; offers a retry after a failure. */
export function useCatalogue(): { state: LoadState; retry(): void } {
  const catalogue = useSession((s) => s.catalogue);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (catalogue) return;
    let cancelled = false;
    fetchCatalogue()
      .then((c) => !cancelled && useSession.getState().setCatalogue(c))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [catalogue, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { state: catalogue ? 'ready' : failed ? 'failed' : 'loading', retry };
}
