import { performance } from 'node:perf_hooks';
import type { Client } from '@colyseus/core';

/** How many clients' sends one turn of the event loop makes before letting other work in. */
export const CLIENTS_PER_SLICE = 64;

type Raw = Client['raw'];
type Send = Parameters<Raw>;

/** What handing one patch to the sockets cost, once every slice is out. */
export interface SendFigures {
  /** Wall time of all the slices together, and of the longest one. */
  seconds: number;
  longestSliceSeconds: number;
  cpuSeconds: number;
}

/**
 * Hands a room's patch to its clients' sockets in slices of CLIENTS_PER_SLICE, one turn of the
 * event loop each, instead of all at once. At 500 people a patch means 500 socket writes, most of
 * a tick's time (the kernel's, on loopback also the reader's side); in one piece they held the
 * event loop for tens of milliseconds, and every message that arrived meanwhile waited. Sliced,
 * moves and chat are handled between slices; the work is the same.
 *
 * Order per client is kept: from the moment its patch is queued until it is sent, anything else
 * for that client (a message, a broadcast after the patch) queues behind it. A patch still
 * queued when the next one starts is sent first, so patches never overtake each other.
 */
export class PatchSlices {
  private readonly originals = new WeakMap<Client, Raw>();
  /** Clients with sends waiting, in the order they were queued. */
  private readonly pending = new Map<Client, Send[]>();
  private collecting = false;
  private scheduled: NodeJS.Immediate | undefined;
  private figures: SendFigures = { seconds: 0, longestSliceSeconds: 0, cpuSeconds: 0 };

  /**
   * @param shared the serializer's shared patch buffer: a send that points into it is copied when
   *   queued, as the next patch overwrites it (the narrowed views are copies already).
   * @param sent called with the figures of each patch once its last slice is out.
   */
  constructor(
    private readonly shared: () => ArrayBufferLike | undefined,
    private readonly sent: (figures: SendFigures) => void,
  ) {}

  /** Runs `broadcast` (the room's patch) with every client's sends queued, then sends them slice by slice. */
  patch(clients: readonly Client[], broadcast: () => boolean): boolean {
    this.flushAll();
    for (const client of clients) this.adopt(client);
    this.collecting = true;
    try {
      return broadcast();
    } finally {
      this.collecting = false;
      if (this.pending.size > 0) this.schedule();
    }
  }

  /** Sends whatever is still queued, now: before the next patch, and when the room goes. */
  flushAll(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    while (this.pending.size > 0) this.slice();
    this.finish();
  }

  /** Routes a client's sends through the queue; a client object is adopted once (a reconnection brings a new one). */
  private adopt(client: Client): void {
    if (this.originals.has(client)) return;
    const original = client.raw.bind(client);
    this.originals.set(client, original);
    client.raw = (...send: Send) => {
      const queue = this.pending.get(client);
      if (queue) queue.push(this.owned(send));
      else if (this.collecting) this.pending.set(client, [this.owned(send)]);
      else original(...send);
    };
  }

  private owned(send: Send): Send {
    const [data, ...rest] = send;
    const shared = this.shared();
    if (shared && data instanceof Uint8Array && data.buffer === shared) return [Buffer.from(data), ...rest];
    return send;
  }

  private schedule(): void {
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined;
      this.slice();
      if (this.pending.size > 0) this.schedule();
      else this.finish();
    });
  }

  private slice(): void {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let count = 0;
    for (const [client, queue] of this.pending) {
      this.pending.delete(client);
      const original = this.originals.get(client)!;
      for (const send of queue) original(...send);
      if (++count === CLIENTS_PER_SLICE) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    this.figures.seconds += seconds;
    this.figures.longestSliceSeconds = Math.max(this.figures.longestSliceSeconds, seconds);
    this.figures.cpuSeconds += (used.user + used.system) / 1e6;
  }

  private finish(): void {
    if (this.figures.seconds === 0) return;
    this.sent(this.figures);
    this.figures = { seconds: 0, longestSliceSeconds: 0, cpuSeconds: 0 };
  }
}
