import type { Presence } from '@colyseus/core';

/**
 * Publishes on the presence bus without waiting. Redis publishes asynchronously and fails when
 * Redis is away; that is warned about here, never left as an unhandled rejection that would end
 * the process. In one process (LocalPresence) the listeners run before this returns.
 */
/**
 * Stops `listener` hearing `topic`. With Redis the connection may be closed already when the
 * server shuts down; that failure is of no interest then and is dropped.
 */
export function unsubscribe(bus: Presence, topic: string, listener: (message: unknown) => void): void {
  try {
    Promise.resolve(bus.unsubscribe(topic, listener)).catch(() => undefined);
  } catch {
    // As above: nothing left to stop.
  }
}

export function publish(bus: Presence, topic: string, data: unknown): void {
  try {
    Promise.resolve(bus.publish(topic, data)).catch((err: unknown) =>
      process.emitWarning(`could not publish on ${topic}: ${String(err)}`),
    );
  } catch (err) {
    process.emitWarning(`could not publish on ${topic}: ${String(err)}`);
  }
}
