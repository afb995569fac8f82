import { performance } from 'node:perf_hooks';
import type { Client } from '@colyseus/core';

/** How many clients' sends one turn of the event loop makes before letting other work in. */
export const CLIENTS_PER_SLICE = 64;

type Raw = Client['raw'];
type Send = Parameters<Raw>;
/** A connection: the socket a Client object writes to. A reconnection gives a new Client object the old one's socket. */
type Socket = Client['ref'];

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
 * Order per connection is kept: from the moment its patch is queued until it is sent, anything
 * else for it (a message, a broadcast after the patch, from either Client object of a
 * reconnection) queues behind it, and closing it sends the queue first. A patch still queued
 * when the next one starts is sent first, so patches never overtake each other.
 */
export class PatchSlices {
  private readonly adopted = new WeakSet<Client>();
  /** Connections with sends waiting, in the order they were queued; each send with the raw() that writes it. */
  private readonly pending = new Map<Socket, [Raw, Send][]>();
  private collecting = false;
  private scheduled: NodeJS.Immediate | undefined;
  private figures: SendFigures = { seconds: 0, longestSliceSeconds: 0, cpuSeconds: 0 };

  /**
   * @param shared the serializer's shared patch buffer: a send that points into it is copied when
   *   queued, as the next patch overwrites it (the narrowed views are copies already).
   * @param sent called with the figures of each patch once its last slice is out.
   * @param failed called when writing to one connection throws; the others go on.
   */
  constructor(
    private readonly shared: () => ArrayBufferLike | undefined,
    private readonly sent: (figures: SendFigures) => void,
    private readonly failed: (error: unknown) => void,
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

  /** Sends whatever is still queued, now, as one slice: before the next patch, and when the room goes. */
  flushAll(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    if (this.pending.size > 0) this.slice(Infinity);
    this.finish();
  }

  /** Routes a client's sends through the queue, and its closing after them; once per Client object. */
  private adopt(client: Client): void {
    if (this.adopted.has(client)) return;
    this.adopted.add(client);
    const raw = client.raw.bind(client);
    const leave = client.leave.bind(client);
    client.raw = (...send: Send) => {
      const queue = this.pending.get(client.ref);
      if (queue) queue.push([raw, this.owned(send)]);
      else if (this.collecting) this.pending.set(client.ref, [[raw, this.owned(send)]]);
      else raw(...send);
    };
    client.leave = (...args: Parameters<Client['leave']>) => {
      this.sendQueued(client.ref);
      leave(...args);
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
      this.slice(CLIENTS_PER_SLICE);
      if (this.pending.size > 0) this.schedule();
      else this.finish();
    });
  }

  /** Sends the queues of the first `count` connections waiting. */
  private slice(count: number): void {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let sent = 0;
    for (const socket of this.pending.keys()) {
      this.sendQueued(socket);
      if (++sent === count) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    this.figures.seconds += seconds;
    this.figures.longestSliceSeconds = Math.max(this.figures.longestSliceSeconds, seconds);
    this.figures.cpuSeconds += (used.user + used.system) / 1e6;
  }

  private sendQueued(socket: Socket): void {
    const queue = this.pending.get(socket);
    if (!queue) return;
    this.pending.delete(socket);
    try {
      for (const [raw, send] of queue) raw(...send);
    } catch (error) {
      this.failed(error);
    }
  }

  private finish(): void {
    if (this.figures.seconds === 0) return;
    this.sent(this.figures);
    this.figures = { seconds: 0, longestSliceSeconds: 0, cpuSeconds: 0 };
  }
}
