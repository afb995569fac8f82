import type { z } from 'zod';
import { send } from './api.ts';
import { failureOf } from './apiFailure.ts';

export interface LineFollower<T> {
  /** A line arrived; undefined when it is not one this client knows (a newer server may send more kinds). */
  onLine(line: T | undefined): void;
  /** The feed ended (`null`) or failed: the server refused it (an ApiFailure) or the connection broke. */
  onEnd(failure: unknown): void;
}

/**
 * Follows a live NDJSON feed of the API (leads, the organisers' dashboard) line by line.
 * Returns a function that stops following; after it, the follower hears nothing more.
 */
export function followLines<T>(path: string, schema: z.ZodType<T>, follower: LineFollower<T>): () => void {
  const abort = new AbortController();
  void (async () => {
    try {
      const response = await send(path, { signal: abort.signal });
      if (!response.ok || !response.body) throw await failureOf(response);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = schema.safeParse(JSON.parse(buffer.slice(0, newline)));
          buffer = buffer.slice(newline + 1);
          if (abort.signal.aborted) return;
          follower.onLine(line.success ? line.data : undefined);
        }
      }
      if (!abort.signal.aborted) follower.onEnd(null);
    } catch (error) {
      if (!abort.signal.aborted) follower.onEnd(error);
    }
  })();
  return () => abort.abort();
}
