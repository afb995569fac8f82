import type { Room } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { MESSAGES } from '../../shared/protocol.ts';
import { REPORT_CHANNEL, ReportFiled } from '../../shared/reports.ts';

/**
 * Tells the organisers in a room, and nobody else, that a visitor just reported someone: the
 * report is published on the presence channel, so it reaches organisers in any room of any process.
 * Returns the function that stops listening, for the room's onDispose.
 */
export function relayReportNotices(room: Room): () => void {
  const relay = (message: unknown) => {
    const filed = ReportFiled.safeParse(message);
    if (!filed.success) return;
    for (const client of room.clients) {
      const user = (client.auth as { user?: SessionUser } | undefined)?.user;
      if (user?.role === 'organiser') client.send(MESSAGES.reportFiled, filed.data);
    }
  };
  void room.presence.subscribe(REPORT_CHANNEL, relay);
  return () => void room.presence.unsubscribe(REPORT_CHANNEL, relay);
}
