import { EventEmitter } from 'node:events';

/**
 * Which booths have exhibitors in their pavilion right now, across all instances of that
 * pavilion's room in this process; rooms mirror it into their state for the "staff online" badge.
 */
export class StaffRegistry {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly events = new EventEmitter().setMaxListeners(0);

  arrive(pavilionId: string, boothId: string): void {
    this.change(pavilionId, boothId, +1);
  }

  depart(pavilionId: string, boothId: string): void {
    this.change(pavilionId, boothId, -1);
  }

  staffOf(pavilionId: string): ReadonlyMap<string, number> {
    return this.counts.get(pavilionId) ?? new Map();
  }

  /** Calls `listener` with the pavilion's booth counts now and after every change. */
  watch(pavilionId: string, listener: (counts: ReadonlyMap<string, number>) => void): () => void {
    const handler = () => listener(this.staffOf(pavilionId));
    this.events.on(pavilionId, handler);
    handler();
    return () => this.events.off(pavilionId, handler);
  }

  private change(pavilionId: string, boothId: string, delta: number): void {
    let booths = this.counts.get(pavilionId);
    if (!booths) this.counts.set(pavilionId, (booths = new Map()));
    const next = (booths.get(boothId) ?? 0) + delta;
    if (next > 0) booths.set(boothId, next);
    else booths.delete(boothId);
    this.events.emit(pavilionId);
  }
}
