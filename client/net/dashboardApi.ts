import { DashboardLine, type DashboardSnapshot } from '../../shared/dashboard.ts';
import { send } from './api.ts';
import { failureOf } from './apiFailure.ts';

export interface DashboardFollower {
  onSnapshot(snapshot: DashboardSnapshot): void;
  /** Any line arrived, a heartbeat included: the feed is alive. */
  onLine(): void;
  /** The feed ended or could not open; `failure` says why when the server refused. */
  onEnd(failure: unknown): void;
}

/**
 * Follows the organisers' live figures: a snapshot at once, then one whenever a figure changes
 * (at most every 2 s), with heartbeats between. Returns a function that stops following.
 */
export function followDashboard(follower: DashboardFollower): () => void {
  const abort = new AbortController();
  void (async () => {
    try {
      const response = await send('/api/dashboard/live', { signal: abort.signal });
      if (!response.ok || !response.body) throw await failureOf(response);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = DashboardLine.safeParse(JSON.parse(buffer.slice(0, newline)));
          buffer = buffer.slice(newline + 1);
          follower.onLine();
          if (line.success && line.data.type === 'snapshot') follower.onSnapshot(line.data.snapshot);
        }
      }
      if (!abort.signal.aborted) follower.onEnd(null);
    } catch (error) {
      if (!abort.signal.aborted) follower.onEnd(error);
    }
  })();
  return () => abort.abort();
}
