/**
 * A full garbage collection in another Node process on demand, through its inspector: the process
 * started with `--inspect=127.0.0.1:PORT --expose-gc`, this evaluates `gc()` in it (one full
 * collection, some tens of ms; the inspector's own HeapProfiler.collectGarbage collects over and
 * over, ten times as long). The heap in use at a random moment is much garbage not collected yet,
 * a sawtooth as high as the collector lets it grow; what survives a full collection is what a leak
 * grows, so the soak collects before it reads the server's memory.
 */
import WebSocket from 'ws';
import { withTimeout } from './stageShared.ts';

const ANSWER_MS = 30_000;

export class GcProbe {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const answer = JSON.parse(data.toString()) as {
        id?: number;
        error?: { message: string };
        result?: { exceptionDetails?: { text: string; exception?: { description?: string } } };
      };
      const waiter = answer.id === undefined ? undefined : this.waiting.get(answer.id);
      if (!waiter) return;
      this.waiting.delete(answer.id!);
      const thrown = answer.result?.exceptionDetails;
      const failed = answer.error?.message ?? (thrown && (thrown.exception?.description ?? thrown.text));
      if (failed) waiter.reject(new Error(`inspector: ${failed}`));
      else waiter.resolve();
    });
    socket.on('close', () => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error('inspector: the connection closed'));
      this.waiting.clear();
    });
  }

  /** Connects to the inspector listening on `port` of 127.0.0.1 (of a process started with --expose-gc). */
  static async connect(port: number): Promise<GcProbe> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      webSocketDebuggerUrl: string;
    }[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error(`no inspector target on port ${port}`);
    const socket = new WebSocket(url);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
      ANSWER_MS,
      'connecting to the inspector',
    );
    return new GcProbe(socket);
  }

  /** A full collection; resolves once it is done. */
  collectGarbage(): Promise<void> {
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.socket.send(JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression: 'gc()' } }));
    return withTimeout(done, ANSWER_MS, 'a garbage collection');
  }

  close(): void {
    this.socket.close();
  }
}
