import { EventEmitter } from 'node:events';
import type { Presence } from '@colyseus/core';
import { Lead } from '../shared/leads.ts';
import { BusTopic } from './bus/busTopic.ts';

const LEAD_TOPIC = 'leads.created';

/**
 * New leads, announced after they are committed, to exhibitors following their booth live. The
 * follower's stream may be served by another process than the one that took the lead: each
 * lead is told here and, through the bus, to every other process's followers.
 */
export class LeadFeed {
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly created: BusTopic<Lead>;

  constructor(bus: Presence) {
    this.created = new BusTopic(bus, LEAD_TOPIC, Lead, (lead) => this.tell(lead));
  }

  /** Settles once leads taken by other processes are heard. */
  get ready(): Promise<void> {
    return this.created.ready;
  }

  publish(lead: Lead): void {
    this.tell(lead);
    this.created.publish(lead);
  }

  /** Stops hearing other processes' leads; for shutting down. */
  close(): void {
    this.created.close();
  }

  subscribe(boothId: string, listener: (lead: Lead) => void): () => void {
    this.events.on(boothId, listener);
    return () => this.events.off(boothId, listener);
  }

  private tell(lead: Lead): void {
    this.events.emit(lead.boothId, lead);
  }
}
