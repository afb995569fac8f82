import { useTranslation } from 'react-i18next';
import type { MeetingNow } from '../../../../shared/dashboard.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { useFigures } from './useFigures.ts';

/** Side meetings under way: where, what, and how many of those invited are in the room. */
export function MeetingsNow({ meetings }: { meetings: MeetingNow[] }) {
  const { t } = useTranslation();
  const { number, time, hallName } = useFigures();
  if (meetings.length === 0) return <p className="hint">{t('eventData.dashboard.noMeetings')}</p>;
  const columns = {
    hall: t('eventData.dashboard.hall'),
    title: t('eventData.dashboard.meeting'),
    present: t('eventData.dashboard.present'),
    until: t('eventData.dashboard.until'),
  };
  return (
    <DataTable caption={t('eventData.dashboard.meetingsCaption')} columns={columns} className="ed-table">
      {meetings.map((m) => (
        <tr key={m.meetingId} role="row">
          <td role="cell" data-label={columns.hall}>
            {hallName(m.hallId, m.hallName)}
          </td>
          <th scope="row" role="rowheader" data-label={columns.title}>
            {m.title}
          </th>
          <td role="cell" data-label={columns.present} className="ed-count">
            {t('eventData.dashboard.presentOf', { present: number(m.present), invited: number(m.invited) })}
          </td>
          <td role="cell" data-label={columns.until}>
            <time dateTime={m.endsAt}>{time(m.endsAt)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
