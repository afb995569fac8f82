import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import { Notice } from '../../shared/protocol.ts';
import { BusTopic } from '../bus/busTopic.ts';

/** One connection of a person in one room, as moderation and meeting updates reach it. */
export interface PresentClient {
  notify(notice: Notice): void;
  /** Any other server → client message, such as a meeting's change. */
  send(type: string, message: unknown): void;
  /** Closes the connection with one of CLOSE_CODES and releases any seat held for it. */
  expel(code: number): void;
}

/** Connections that show more than the basics; a delivery may be for those only. */
export type Audience = 'chat';

/** What reaches every connection of one person, wherever their rooms run. */
const Delivery = z.discriminatedUnion('to', [
  z.object({ to: z.literal('notify'), userId: z.string(), notice: Notice }),
  z.object({
    to: z.literal('send'),
    userId: z.string(),
    type: z.string(),
    message: z.unknown(),
    audience: z.literal('chat').optional(),
  }),
  z.object({ to: z.literal('expel'), userId: z.string(), code: z.number().int() }),
]);
type Delivery = z.infer<typeof Delivery>;

const DELIVERY_TOPIC = 'clients.deliver';

/**
 * Who is connected where, by user id: a person may be in two rooms during a hand-over, and
 * their rooms may run in several processes. `forUser` knows this process's connections only;
 * `notify`, `send` and `expel` reach the person's connections in every process, through the bus.
 */
export class ClientDirectory {
  private readonly byUser = new Map<string, Set<PresentClient>>();
  private readonly audiences = new Map<Audience, WeakSet<PresentClient>>();
  private readonly deliveries: BusTopic<Delivery>;

  constructor(bus: Presence) {
    this.deliveries = new BusTopic(bus, DELIVERY_TOPIC, Delivery, (delivery) => this.deliverHere(delivery));
  }

  /** Settles once deliveries from other processes are heard. */
  get ready(): Promise<void> {
    return this.deliveries.ready;
  }

  /** Stops hearing other processes' deliveries; for shutting down. */
  close(): void {
    this.deliveries.close();
  }

  add(userId: string, client: PresentClient): void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(client);
  }

  remove(userId: string, client: PresentClient): void {
    const set = this.byUser.get(userId);
    if (!set) return;
    set.delete(client);
    if (set.size === 0) this.byUser.delete(userId);
  }

  /** Counts `client` in `audience`, e.g. a connection whose room shows chat. */
  include(audience: Audience, client: PresentClient): void {
    let members = this.audiences.get(audience);
    if (!members) this.audiences.set(audience, (members = new WeakSet()));
    members.add(client);
  }

  /** This process's connections of the person. */
  forUser(userId: string): PresentClient[] {
    return [...(this.byUser.get(userId) ?? [])];
  }

  /** Tells every connection of the person, in any process. */
  notify(userId: string, notice: Notice): void {
    this.deliver({ to: 'notify', userId, notice });
  }

  /** Sends a message to every connection of the person in any process, or to those in `audience` only. */
  send(userId: string, type: string, message: unknown, audience?: Audience): void {
    this.deliver({ to: 'send', userId, type, message, audience });
  }

  /** Closes every connection of the person, in any process. */
  expel(userId: string, code: number): void {
    this.deliver({ to: 'expel', userId, code });
  }

  private deliver(delivery: Delivery): void {
    this.deliverHere(delivery);
    this.deliveries.publish(delivery);
  }

  private deliverHere(delivery: Delivery): void {
    for (const client of this.forUser(delivery.userId)) {
      if (delivery.to === 'notify') client.notify(delivery.notice);
      else if (delivery.to === 'expel') client.expel(delivery.code);
      else if (!delivery.audience || this.audiences.get(delivery.audience)?.has(client))
        client.send(delivery.type, delivery.message);
    }
  }
}
