import { matchMaker } from '@colyseus/core';
import { z } from 'zod';

/** What a worker tells its primary once it listens: where its rooms are reached. */
export const WorkerReady = z.object({
  type: z.literal('ready'),
  /** Colyseus's id for this process: the segment before the room id in a room's WebSocket path. */
  processId: z.string().min(1),
  port: z.number().int().min(1).max(65535),
});
export type WorkerReady = z.infer<typeof WorkerReady>;

/** True when a primary started this process (it has a channel to it). */
export function runsUnderPrimary(): boolean {
  return typeof process.send === 'function';
}

/**
 * Reports this worker to its primary, and closes it when the primary goes away without
 * saying so (killed outright): a worker nobody routes to would only hold its rooms hostage.
 */
export function reportToPrimary(port: number, close: () => void): void {
  process.send!({ type: 'ready', processId: matchMaker.processId, port } satisfies WorkerReady);
  process.once('disconnect', close);
}
