import { useCallback, useEffect, useState } from 'react';
import type { BoothAnalytics } from '../../../shared/analytics.ts';
import { fetchAnalytics } from '../../net/api.ts';
import { isPermanent } from '../../net/apiFailure.ts';

const REFRESH_MS = 30_000;

export interface Analytics {
  data: BoothAnalytics | null;
  /** The period `data` covers; it differs from the one asked for while a new period loads. */
  dataHours: number | null;
  loading: boolean;
  failure: unknown;
  updatedAt: Date | null;
  retry(): void;
}

/**
 * A booth's figures for the last `hours`, read again every 30 seconds while the page is visible (and at once when
 * it becomes visible again). The last figures stay on screen while newer ones load or if a refresh fails.
 */
export function useAnalytics(boothId: string, hours: number): Analytics {
  const [result, setResult] = useState<{ hours: number; data: BoothAnalytics } | null>(null);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<unknown>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    let latest = 0;
    // A refusal such as an ended session will not change by asking again.
    let refused = false;

    function read() {
      const mine = ++latest;
      setLoading(true);
      fetchAnalytics(boothId, hours)
        .then((next) => {
          if (stopped || mine !== latest) return;
          // Unchanged figures keep the same object, so the charts are not drawn again for nothing.
          setResult((current) =>
            current && current.hours === hours && JSON.stringify(current.data) === JSON.stringify(next)
              ? current
              : { hours, data: next },
          );
          setFailure(null);
          setUpdatedAt(new Date());
        })
        .catch((error: unknown) => {
          if (stopped || mine !== latest) return;
          setFailure(error);
          refused = isPermanent(error);
        })
        .finally(() => {
          if (!stopped && mine === latest) setLoading(false);
        });
    }

    const readIfSeen = () => {
      if (!refused && document.visibilityState === 'visible') read();
    };
    read();
    const timer = setInterval(readIfSeen, REFRESH_MS);
    document.addEventListener('visibilitychange', readIfSeen);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', readIfSeen);
    };
  }, [boothId, hours, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: result?.data ?? null, dataHours: result?.hours ?? null, loading, failure, updatedAt, retry };
}
