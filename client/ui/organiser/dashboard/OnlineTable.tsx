import { useTranslation } from 'react-i18next';
import type { DashboardSnapshot, RoomInstance } from '../../../../shared/dashboard.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { Flag } from '../../Flag.tsx';
import { usePlaceName } from '../../usePlaceName.ts';
import { useFigures } from './useFigures.ts';

function Instances({ instances }: { instances: RoomInstance[] }) {
  const { t } = useTranslation();
  const { number } = useFigures();
  if (instances.length === 0) return <span className="exh-muted">{t('eventData.dashboard.noInstance')}</span>;
  return (
    <ul className="ed-instances">
      {instances.map((room, i) => (
        <li key={room.roomId} title={room.roomId}>
          {t('eventData.dashboard.instance', { n: number(i + 1), people: number(room.people) })}
        </li>
      ))}
    </ul>
  );
}

/** People online: the plaza first, then every pavilion, each with its room instances. */
export function OnlineTable({ online }: { online: DashboardSnapshot['online'] }) {
  const { t } = useTranslation();
  const place = usePlaceName();
  const { number } = useFigures();
  const columns = {
    place: t('eventData.dashboard.place'),
    people: t('eventData.dashboard.people'),
    instances: t('eventData.dashboard.instances'),
  };
  const rows = [
    {
      key: 'plaza',
      name: place({ kind: 'plaza' }),
      flag: null,
      people: online.plaza.people,
      instances: online.plaza.instances,
    },
    ...online.pavilions.map((p) => ({
      key: p.pavilionId,
      name: place({ kind: 'pavilion', id: p.pavilionId }),
      flag: p.pavilionId,
      people: p.people,
      instances: p.instances,
    })),
  ];
  return (
    <DataTable caption={t('eventData.dashboard.onlineCaption')} columns={columns} className="ed-table">
      {rows.map((row) => (
        <tr key={row.key} role="row" data-place={row.key}>
          <th scope="row" role="rowheader" data-label={columns.place}>
            <span className="ed-place">
              {row.flag && <Flag country={row.flag} size={16} />}
              {row.name}
            </span>
          </th>
          <td role="cell" data-label={columns.people} className="ed-count" data-count={row.people}>
            {number(row.people)}
          </td>
          <td role="cell" data-label={columns.instances}>
            <Instances instances={row.instances} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
