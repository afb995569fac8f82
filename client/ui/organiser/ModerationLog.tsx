import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchModerationLog } from '../../net/invites.ts';
import { DataTable } from '../exhibitor/DataTable.tsx';
import { LoadedList } from '../exhibitor/LoadedList.tsx';
import { DateTime } from './DateTime.tsx';
import { RefreshButton } from './RefreshButton.tsx';
import { useRemote } from './useRemote.ts';

/** What organisers have done to whom and why, newest first; read again whenever `stamp` changes. */
export function ModerationLog({ stamp = 0 }: { stamp?: number }) {
  const { t } = useTranslation();
  const { state, data, failure, refreshing, updatedAt, reload } = useRemote(fetchModerationLog);
  useEffect(() => {
    if (stamp > 0) reload();
  }, [stamp, reload]);
  const columns = {
    at: t('organiser.moderation.at'),
    action: t('organiser.moderation.action'),
    person: t('organiser.moderation.person'),
    by: t('organiser.moderation.by'),
    reason: t('organiser.moderation.reason'),
    until: t('organiser.moderation.until'),
  };

  return (
    <section id="moderation" className="exh-card" aria-labelledby="moderation-title" aria-busy={refreshing}>
      <div className="exh-card-head">
        <div>
          <h2 id="moderation-title">{t('organiser.moderation.title')}</h2>
          <p className="hint">{t('organiser.moderation.intro')}</p>
        </div>
        <RefreshButton busy={refreshing} updatedAt={updatedAt} onRefresh={reload} />
      </div>
      <LoadedList state={state} items={data} failure={failure} onRetry={reload} textKeys="organiser.moderation">
        {(records) => (
          <DataTable caption={t('organiser.moderation.caption')} columns={columns} className="org-table">
            {records.map((record) => (
              <tr key={record.id} role="row">
                <td role="cell" data-label={columns.at} className="org-when">
                  <DateTime at={record.at} />
                </td>
                <td role="cell" data-label={columns.action}>
                  <span className="org-action" data-action={record.action}>
                    {t(`organiser.moderation.action_${record.action}`)}
                  </span>
                </td>
                <th scope="row" role="rowheader" data-label={columns.person}>
                  {record.userName}
                </th>
                <td role="cell" data-label={columns.by}>
                  {record.byName}
                </td>
                <td role="cell" data-label={columns.reason} className="org-note org-wide">
                  {record.reason || <span className="exh-muted">—</span>}
                </td>
                <td role="cell" data-label={columns.until} className="org-when">
                  {record.until ? (
                    <DateTime at={record.until} />
                  ) : record.action === 'mute' ? (
                    t('organiser.moderation.untilLifted')
                  ) : (
                    <span className="exh-muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </LoadedList>
    </section>
  );
}
