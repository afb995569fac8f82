import { EventEmitter } from 'node:events';
import type { Lead } from '../shared/leads.ts';

/** New leads, announced after they are committed, to exhibitors following their booth live. */
export class LeadFeed {
  private readonly events = new EventEmitter().setMaxListeners(0);

  publish(lead: Lead): void {
    this.events.emit(lead.boothId, lead);
  }

  subscribe(boothId: string, listener: (lead: Lead) => void): () => void {
    this.events.on(boothId, listener);
    return () => this.events.off(boothId, listener);
  }
}
