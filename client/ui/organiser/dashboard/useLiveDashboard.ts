import { useCallback, useEffect, useState } from 'react';
import { DASHBOARD_HEARTBEAT_MS, type DashboardSnapshot } from '../../../../shared/dashboard.ts';
import { followDashboard } from '../../../net/dashboardApi.ts';
import { isPermanent } from '../../../net/apiFailure.ts';
import type { LiveState } from '../../exhibitor/useLiveLeads.ts';

export interface LiveDashboard {
  snapshot: DashboardSnapshot | null;
  live: LiveState;
  /** Why the feed stopped for good (a refusal), shown with a retry. */
  failure: unknown;
  retry(): void;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;
/** Silence this long (two heartbeats and a little) means the feed died without saying so. */
const SILENCE_MS = DASHBOARD_HEARTBEAT_MS * 2 + 5000;

/**
 * The live figures, kept current by the server's feed; when the feed drops it is opened again
 * with a growing pause, while the last figures stay on screen.
 */
export function useLiveDashboard(): LiveDashboard {
  const [snapshot, setSnapshot] = useState<DashboardSnapshot | null>(null);
  const [live, setLive] = useState<LiveState>('connecting');
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    let failures = 0;
    let stop: (() => void) | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let watchdog: ReturnType<typeof setTimeout> | undefined;

    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => dropped(null), SILENCE_MS);
    };

    function dropped(error: unknown) {
      if (stopped) return;
      stop?.();
      stop = null;
      clearTimeout(watchdog);
      if (isPermanent(error)) {
        setFailure(error);
        setLive('stopped');
        return;
      }
      const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** failures) * (0.8 + Math.random() * 0.4);
      failures += 1;
      setLive('reconnecting');
      retryTimer = setTimeout(connect, delay);
    }

    function connect() {
      if (stopped) return;
      heard();
      stop = followDashboard({
        onLine: () => {
          heard();
          failures = 0;
          setLive('live');
          setFailure(null);
        },
        onSnapshot: setSnapshot,
        onEnd: dropped,
      });
    }

    connect();
    return () => {
      stopped = true;
      stop?.();
      clearTimeout(retryTimer);
      clearTimeout(watchdog);
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setFailure(null);
    setLive('connecting');
    setAttempt((n) => n + 1);
  }, []);

  return { snapshot, live, failure, retry };
}
