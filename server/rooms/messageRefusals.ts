import { AsyncLocalStorage } from 'node:async_hooks';
import type { Room } from '@colyseus/core';
import type { Metrics } from '../metrics.ts';

/** The room message a handler is answering, carried across its awaits to wherever it refuses it. */
interface Handling {
  type: string;
  metrics: Metrics;
  counted: boolean;
}

const handling = new AsyncLocalStorage<Handling>();

/**
 * Makes every handler the room registers from now on run inside the scope of its message type,
 * so that `countRefusal` (called by the few shared refusal helpers) can count the refused
 * message by type and reason without each of the many handlers counting for itself. Only
 * registered types become labels: the catch-all '*' (any string a client sends) is left alone.
 */
export function countRefusedMessages(room: Room, metrics: Metrics): void {
  const register = room.onMessage.bind(room) as (
    type: string | number,
    callback: unknown,
    validate?: unknown,
  ) => unknown;
  room.onMessage = ((type: string | number, callback: (...args: unknown[]) => unknown, validate?: unknown) => {
    if (type === '*') return register(type, callback);
    const scoped = (...args: unknown[]) =>
      handling.run({ type: String(type), metrics, counted: false }, () => callback(...args));
    return register(type, scoped, validate);
  }) as Room['onMessage'];
}

/**
 * Counts the room message being handled as refused, once, with the code the sender is told
 * (a failed schema is `invalid`, a missing permission names itself). Outside a handler (a
 * notice built for another reason) it counts nothing.
 */
export function countRefusal(reason: string): void {
  const current = handling.getStore();
  if (!current || current.counted) return;
  current.counted = true;
  current.metrics.messagesRejected.inc({ type: current.type, reason });
}
