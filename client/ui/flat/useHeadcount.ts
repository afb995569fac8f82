import { useEffect, useState } from 'react';
import { Headcount } from '../../../shared/headcount.ts';
import { request } from '../../net/api.ts';

/** Counts go stale as people walk about; the plaza asks again this often. */
const REFRESH_MS = 15_000;

/** How many people are in each pavilion, read while the 2D plaza is shown; null until the first answer. */
export function useHeadcount(): Headcount | null {
  const [counts, setCounts] = useState<Headcount | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    const read = () =>
      request(Headcount, '/api/headcount', { signal: abort.signal }).then(setCounts, () => {
        // Only a nicety: the list works without counts, and the next round tries again.
      });
    void read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      abort.abort();
      clearInterval(timer);
    };
  }, []);
  return counts;
}
