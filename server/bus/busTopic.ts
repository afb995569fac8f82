import { randomUUID } from 'node:crypto';
import type { Presence } from '@colyseus/core';
import type { z } from 'zod';
import { publish, unsubscribe } from './publish.ts';

/**
 * One kind of event shared by every process on the Colyseus presence bus. By default the sender
 * applies its own event at once, in memory, then publishes it; every other process applies it
 * when it hears it. With Redis the sender hears its own event too, later: it is recognised by its
 * origin and skipped, so nothing is applied twice. With `ownToo` every process, the sender
 * included, applies each event as it comes back from the bus, so all apply them in the bus's one
 * order (in one process, LocalPresence, that is before `publish` returns). Payloads travel as JSON
 * (dates as strings) and are checked against `schema` on arrival.
 */
export class BusTopic<T> {
  /** Tells this sender's events from other processes' ones; one per object, as tests run two "processes" in one. */
  readonly origin = randomUUID();
  /** Settles once the bus listens: with Redis, events published before that are not heard. */
  readonly ready: Promise<void>;

  constructor(
    private readonly bus: Presence,
    private readonly topic: string,
    private readonly schema: z.ZodType<T>,
    private readonly onEvent: (event: T, origin: string) => void,
    private readonly ownToo = false,
  ) {
    // Settles either way: a failure is warned about, never an unhandled rejection ending the process.
    this.ready = bus.subscribe(topic, this.hear).then(
      () => undefined,
      (err: unknown) => void process.emitWarning(`could not listen on ${topic}: ${String(err)}`),
    );
  }

  /** Sends `event` to the other processes (and back here with `ownToo`). */
  publish(event: T): void {
    publish(this.bus, this.topic, { origin: this.origin, event });
  }

  close(): void {
    unsubscribe(this.bus, this.topic, this.hear);
  }

  private readonly hear = (message: unknown): void => {
    const { origin, event } = (message ?? {}) as { origin?: unknown; event?: unknown };
    if (typeof origin !== 'string' || (origin === this.origin && !this.ownToo)) return;
    const parsed = this.schema.safeParse(event);
    if (parsed.success) this.onEvent(parsed.data, origin);
    else process.emitWarning(`a malformed event on ${this.topic} was ignored`);
  };
}
