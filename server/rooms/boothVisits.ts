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
    if (boothId) this.open.set(key, { boothId, since: this.now() });
  }

  /** How many people stand at `boothId` now: visits under way, not yet recorded. */
  openAt(boothId: string): number {
    let count = 0;
    for (const visit of this.open.values()) if (visit.boothId === boothId) count++;
    return count;
  }

  close(key: string, visitorId: string): void {
    const visit = this.open.get(key);
    if (!visit) return;
    this.open.delete(key);
    const ended = this.now();
    if (ended - visit.since < MIN_VISIT_MS) return;
    recordVisit(this.db, {
      booth_id: visit.boothId,
      visitor_id: visitorId,
      started_at: new Date(visit.since),
      ended_at: new Date(ended),
      dwell_ms: ended - visit.since,
    }).catch((err: unknown) => this.log.error({ err, boothId: visit.boothId }, 'could not record a booth visit'));
  }
}
