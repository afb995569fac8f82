import { useEffect, useState } from 'react';
import type { TourSummary } from '../../../shared/tours.ts';
import { fetchTours } from '../../net/findApi.ts';
import { useTours } from '../../state/tours.ts';

/** Tours start and end while the panel is open: it reads the list again this often. */
const REFRESH_MS = 10_000;

export interface TourListing {
  state: 'loading' | 'ready' | 'failed';
  tours: TourSummary[];
}

/** The tours running now; read again when the visitor's own tour or the room's announcements change. */
export function useTourList(): TourListing {
  const mine = useTours((s) => s.mine);
  const announced = useTours((s) => s.announced);
  const [listing, setListing] = useState<TourListing>({ state: 'loading', tours: [] });
  useEffect(() => {
    const abort = new AbortController();
    const load = () =>
      fetchTours(abort.signal)
        .then((tours) => setListing({ state: 'ready', tours }))
        .catch(() => !abort.signal.aborted && setListing((l) => ({ ...l, state: 'failed' })));
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      clearInterval(timer);
      abort.abort();
    };
  }, [mine, announced]);
  return listing;
}
