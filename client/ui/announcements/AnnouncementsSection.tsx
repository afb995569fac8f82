import { useTranslation } from 'react-i18next';
import { fetchAnnouncements } from '../../net/announcements.ts';
import { LoadedList } from '../exhibitor/LoadedList.tsx';
import { RefreshButton } from '../organiser/RefreshButton.tsx';
import { useRemote } from '../organiser/useRemote.ts';
import { AnnouncementComposer } from './AnnouncementComposer.tsx';
import { AnnouncementHistory } from './AnnouncementHistory.tsx';
import './announcements.css';

/** The console's "Announcements": write one for every room, and see and end the recent ones. */
export function AnnouncementsSection() {
  const { t } = useTranslation();
  const { state, data, failure, refreshing, updatedAt, reload } = useRemote(fetchAnnouncements);
  return (
    <section id="announcements" className="exh-card" aria-labelledby="announcements-title" aria-busy={refreshing}>
      <div className="exh-card-head">
        <div>
          <h2 id="announcements-title">{t('announcements.console.title')}</h2>
          <p className="hint">{t('announcements.console.intro')}</p>
        </div>
      </div>
      <AnnouncementComposer onSent={reload} />
      <div className="exh-card-head announce-recent-head">
        <h3>{t('announcements.console.recent')}</h3>
        <RefreshButton busy={refreshing} updatedAt={updatedAt} onRefresh={reload} />
      </div>
      <LoadedList state={state} items={data} failure={failure} onRetry={reload} textKeys="announcements.console">
        {(items) => <AnnouncementHistory items={items} onEnded={reload} />}
      </LoadedList>
    </section>
  );
}
