import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchHalls } from '../../../net/meetingsApi.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { LoadedList } from '../../exhibitor/LoadedList.tsx';
import { RefreshButton } from '../RefreshButton.tsx';
import { useRemote } from '../useRemote.ts';
import { HallRow } from './HallRow.tsx';
import { NewHallForm } from './NewHallForm.tsx';

/** The meeting halls delegates book: added, edited and taken out of use here. */
export function HallsSection() {
  const { t } = useTranslation();
  const halls = useRemote(fetchHalls);
  const [announcement, setAnnouncement] = useState('');
  const changed = (message: string) => {
    setAnnouncement(message);
    halls.reload();
  };
  const columns = {
    name: t('eventData.halls.name'),
    country: t('eventData.halls.country'),
    seats: t('eventData.halls.seats'),
    actions: t('eventData.halls.actions'),
  };

  return (
    <section id="halls" className="exh-card" aria-labelledby="halls-title" aria-busy={halls.refreshing}>
      <div className="exh-card-head">
        <div>
          <h2 id="halls-title">{t('eventData.halls.title')}</h2>
          <p className="hint">{t('eventData.halls.intro')}</p>
        </div>
        <RefreshButton busy={halls.refreshing} updatedAt={halls.updatedAt} onRefresh={halls.reload} />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <LoadedList
        state={halls.state}
        items={halls.data}
        failure={halls.failure}
        onRetry={halls.reload}
        textKeys="eventData.halls"
      >
        {(list) => (
          <DataTable
            caption={t('eventData.halls.caption')}
            columns={columns}
            unlabelledColumn="actions"
            className="ed-table"
          >
            {list.map((hall) => (
              <HallRow key={hall.id} hall={hall} columns={columns} onChanged={changed} />
            ))}
          </DataTable>
        )}
      </LoadedList>
      <NewHallForm onCreated={(hall) => changed(t('eventData.halls.added', { name: hall.name }))} />
    </section>
  );
}
