import { DASHBOARD_INTERVAL_MS, type DashboardSnapshot } from '../../shared/dashboard.ts';
import type { Logger } from '../log.ts';

type Listener = (snapshot: DashboardSnapshot) => void;

/** The figures without their time stamp: what decides whether anything changed. */
const figuresOf = ({ at: _at, ...figures }: DashboardSnapshot) => JSON.stringify(figures);

/**
 * One snapshot for every organiser watching: taken every interval while anyone listens (never
 * while the last one is still being taken), handed on only when a figure changed. However many
 * dashboards are open, the server takes one snapshot per interval.
 */
export class DashboardFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | undefined;
  private last: { snapshot: DashboardSnapshot; figures: string } | undefined;
  private taking: Promise<DashboardSnapshot | undefined> | undefined;

  constructor(
    private readonly take: () => Promise<DashboardSnapshot>,
    private readonly log: Logger,
    private readonly intervalMs = DASHBOARD_INTERVAL_MS,
  ) {}

  /** Calls `listener` with the current snapshot at once, then with every changed one; returns how to stop. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.last) listener(this.last.snapshot);
    else void this.tick();
    this.timer ??= setInterval(() => void this.tick(), this.intervalMs);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  get watchers(): number {
    return this.listeners.size;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.last = undefined;
  }

  private tick(): Promise<DashboardSnapshot | undefined> {
    this.taking ??= this.take()
      .then((snapshot) => {
        const figures = figuresOf(snapshot);
        const changed = figures !== this.last?.figures;
        if (this.listeners.size > 0) this.last = { snapshot, figures };
        if (changed) for (const listener of this.listeners) listener(snapshot);
        return snapshot;
      })
      .catch((err: unknown) => {
        this.log.error({ err }, 'could not take a dashboard snapshot');
        return undefined;
      })
      .finally(() => {
        this.taking = undefined;
      });
    return this.taking;
  }
}
