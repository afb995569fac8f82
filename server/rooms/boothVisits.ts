import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { recordVisit } from '../db/visitStore.ts';
import type { Logger } from '../log.ts';

/** Shorter stops are passers-by, not visits. */
export const MIN_VISIT_MS = 3000;

interface OpenVisit {
  boothId: string;
  since: number;
}

/**
 * Booth visits as the server sees them: a visit starts when a visitor's accepted position
 * reaches a booth's counter and ends when they walk off or leave; nothing the client claims.
 */
export class BoothVisits {
  private readonly open = new Map<string, OpenVisit>();
  /** Visits ended but still being written, by booth: a booth is not empty until they are in. */
  private readonly recording = new Map<string, Set<Promise<void>>>();
  /** Booths being removed (by how many requests at once): nobody starts a visit there meanwhile. */
  private readonly closing = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The visitor `visitorId` (one entry per connection `key`) now stands at `boothId`, or at none. */
  at(key: string, visitorId: string, boothId: string | undefined): void {
    const current = this.open.get(key);
    if (current?.boothId === boothId) return;
    if (current) this.close(key, visitorId);
    if (boothId && !this.closing.has(boothId)) this.open.set(key, { boothId, since: this.now() });
  }

  /** How many visits at `boothId` are not in the database yet: people standing there, and visits being written. */
  openAt(boothId: string): number {
    let count = this.recording.get(boothId)?.size ?? 0;
    for (const visit of this.open.values()) if (visit.boothId === boothId) count++;
    return count;
  }

  /**
   * Runs `work` (the removal of `boothId`) once the visits ended there so far are written, with
   * no visit starting there meanwhile: a visit is then either counted by the removal or refused
   * it, never written after its booth is gone.
   */
  async whileClosing<T>(boothId: string, work: () => Promise<T>): Promise<T> {
    this.closing.set(boothId, (this.closing.get(boothId) ?? 0) + 1);
    try {
      await Promise.all(this.recording.get(boothId) ?? []);
      return await work();
    } finally {
      const left = this.closing.get(boothId)! - 1;
      if (left > 0) this.closing.set(boothId, left);
      else this.closing.delete(boothId);
    }
  }

  /** Resolves once every visit ended so far is written: a shutdown waits for it before closing the database. */
  async settled(): Promise<void> {
    await Promise.all([...this.recording.values()].flatMap((pending) => [...pending]));
  }

  close(key: string, visitorId: string): void {
    const visit = this.open.get(key);
    if (!visit) return;
    this.open.delete(key);
    const ended = this.now();
    if (ended - visit.since < MIN_VISIT_MS) return;
    const { boothId } = visit;
    const pending = this.recording.get(boothId) ?? new Set<Promise<void>>();
    this.recording.set(boothId, pending);
    const writing = recordVisit(this.db, {
      booth_id: boothId,
      visitor_id: visitorId,
      started_at: new Date(visit.since),
      ended_at: new Date(ended),
      dwell_ms: ended - visit.since,
    })
      .catch((err: unknown) => this.log.error({ err, boothId }, 'could not record a booth visit'))
      .finally(() => {
        pending.delete(writing);
        if (pending.size === 0) this.recording.delete(boothId);
      });
    pending.add(writing);
  }
}
