import { useCallback, useEffect, useState } from 'react';
import type { CountryId } from '../../../shared/countries.ts';
import type { PavilionInstance } from '../../../shared/instances.ts';
import { fetchInstances } from '../../net/instances.ts';

/** How often the halls are read again while the visitor is in a pavilion: others come, go, and halls open. */
const REFRESH_MS = 20_000;

export interface Halls {
  halls: PavilionInstance[] | null;
  failed: boolean;
  refresh(): void;
}

/** The halls of the pavilion the visitor is in, read on entering a hall, now and then, and on `refresh`. */
export function useHalls(pavilionId: CountryId | null, roomId: string | null): Halls {
  const [halls, setHalls] = useState<PavilionInstance[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    setHalls(null);
  }, [pavilionId]);

  useEffect(() => {
    if (!pavilionId || !roomId) return;
    const abort = new AbortController();
    const read = () =>
      fetchInstances(pavilionId, abort.signal).then(
        (list) => {
          setHalls(list);
          setFailed(false);
        },
        () => {
          if (!abort.signal.aborted) setFailed(true);
        },
      );
    void read();
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => {
      abort.abort();
      clearInterval(timer);
    };
  }, [pavilionId, roomId, asked]);

  return { halls, failed, refresh };
}
