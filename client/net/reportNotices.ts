import type { Room } from 'colyseus.js';
import { MESSAGES } from '../../shared/protocol.ts';
import { ReportFiled } from '../../shared/reports.ts';
import { useSession } from '../state/session.ts';

/** Organisers: a visitor just reported someone; said on the page until dismissed, the report itself is in the console. */
export function listenToReportNotices(room: Room, isCurrent: () => boolean): void {
  room.onMessage(MESSAGES.reportFiled, (raw: unknown) => {
    const filed = ReportFiled.safeParse(raw);
    if (!filed.success || !isCurrent()) return;
    useSession.setState({ notice: { key: 'reports.notice', values: { name: filed.data.reportedName } } });
  });
}
