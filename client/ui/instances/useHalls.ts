import { useCallback, useEffect, useState } from 'react';
import type { CountryId } from '../../../shared/countries.ts';
import type { PavilionInstance } from '../../../shared/instances.ts';
import { fetchInstances } from '../../net/instances.ts';

/** How often the halls are read again while the card is open: others come, go, and halls open. */
const REFRESH_MS = 5_000;

export interface Halls {
  halls: PavilionInstance[] | null;
  failed: boolean;
  refresh(): void;
}

/**
 * The halls of the pavilion the visitor is in: read on entering a hall (for the chip), then
 * again and again only while the card is `open` (every visitor polling would load the server),
 * and on `refresh`.
 */
export function useHalls(pavilionId: CountryId | null, roomId: string | null, open: boolean): Halls {
  const [halls, setHalls] = useState<PavilionInstance[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    setHalls(null);
    setFailed(false);
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
    const timer = open ? setInterval(() => void read(), REFRESH_MS) : undefined;
    return () => {
      abort.abort();
      clearInterval(timer);
    };
  }, [pavilionId, roomId, asked, open]);

  return { halls, failed, refresh };
}
