import { useEffect, useState } from 'react';
import type { Invitable } from '../../../shared/meetings.ts';
import { searchPeople } from '../../net/meetingsApi.ts';

const DEBOUNCE_MS = 250;

export interface PeopleSearch {
  people: Invitable[];
  state: 'loading' | 'ready' | 'failed';
}

/**
 * People who can be invited, matching what is typed; asks once typing pauses, and drops answers to older
 * queries. A new `round` asks again for the same text (people keep arriving at the expo).
 */
export function usePeopleSearch(query: string, round: number): PeopleSearch {
  const [result, setResult] = useState<PeopleSearch>({ people: [], state: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setResult((r) => ({ ...r, state: 'loading' }));
      searchPeople(query.trim(), abort.signal)
        .then((people) => setResult({ people, state: 'ready' }))
        .catch(() => !abort.signal.aborted && setResult({ people: [], state: 'failed' }));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, round]);
  return result;
}
