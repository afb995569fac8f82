import { DashboardLine, type DashboardSnapshot } from '../../shared/dashboard.ts';
import { followLines } from './followLines.ts';

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
  return followLines('/api/dashboard/live', DashboardLine, {
    onLine: (line) => {
      follower.onLine();
      if (line?.type === 'snapshot') follower.onSnapshot(line.snapshot);
    },
    onEnd: (failure) => follower.onEnd(failure),
  });
}
