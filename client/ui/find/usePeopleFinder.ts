import { useEffect, useState } from 'react';
import { FIND_LIMITS, type FoundPerson } from '../../../shared/find.ts';
import { searchPeople } from '../../net/findApi.ts';

const DEBOUNCE_MS = 250;

export interface PeopleFinder {
  /** `short` until the query is long enough to search. */
  state: 'short' | 'loading' | 'ready' | 'failed';
  people: FoundPerson[];
  /** Asks again for the same text (people come and go). */
  retry(): void;
}

/** People present now who match what is typed; asks once typing pauses and drops answers to older queries. */
export function usePeopleFinder(query: string): PeopleFinder {
  const q = query.trim();
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Omit<PeopleFinder, 'retry'>>({ state: 'short', people: [] });
  useEffect(() => {
    if (q.length < FIND_LIMITS.minQuery) {
      setResult({ state: 'short', people: [] });
      return;
    }
    const abort = new AbortController();
    setResult((r) => ({ ...r, state: 'loading' }));
    const timer = setTimeout(() => {
      searchPeople(q, abort.signal)
        .then((people) => setResult({ people, state: 'ready' }))
        .catch(() => !abort.signal.aborted && setResult({ people: [], state: 'failed' }));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [q, round]);
  return { ...result, retry: () => setRound((r) => r + 1) };
}
