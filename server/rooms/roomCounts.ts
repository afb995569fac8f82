import type { RegisteredHandler } from '@colyseus/core';
import type { Metrics } from '../metrics.ts';

/**
 * Counts the rooms of one definition as the matchmaker opens and disposes them. It emits
 * `create` only once onCreate has succeeded and `dispose` only for such rooms, so created
 * minus disposed is the number alive.
 */
export function countRooms(handler: RegisteredHandler, metrics: Metrics): void {
  const labels = { room: handler.name };
  handler.on('create', () => metrics.roomsCreated.inc(labels));
  handler.on('dispose', () => metrics.roomsDisposed.inc(labels));
}
