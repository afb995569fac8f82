import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { loadMeetings } from '../../net/meetingActions.ts';
import { splitAgenda } from '../../state/meetingOrder.ts';
import { isChangedFor, useMeetings } from '../../state/meetings.ts';
import { useNow } from '../../state/useNow.ts';
import { LoadFailure } from '../exhibitor/LoadFailure.tsx';
import { RefreshButton } from '../organiser/RefreshButton.tsx';
import { MeetingCard } from './MeetingCard.tsx';
import { useMeetingTime } from './useMeetingTime.ts';

export interface MyMeetingsProps {
  userId: string;
  /** Shows the "Book a meeting" way in, for those who may book. */
  onBook: (() => void) | null;
  /** Takes the host to the booking form once a meeting is chosen for changing. */
  onEdit(): void;
}

/** The visitor's agenda: meetings to come first, then those over or cancelled. */
export function MyMeetings({ userId, onBook, onEdit }: MyMeetingsProps) {
  const { t } = useTranslation();
  const { meetings, load, failure, updatedAt, seen } = useMeetings(
    useShallow((s) => ({
      meetings: s.meetings,
      load: s.load,
      failure: s.failure,
      updatedAt: s.updatedAt,
      seen: s.seen,
    })),
  );
  const now = useNow();
  const { zone } = useMeetingTime();
  const { upcoming, earlier } = splitAgenda(meetings, now);
  const groups = [
    { id: 'upcoming', title: t('meetings.list.upcoming'), meetings: upcoming },
    { id: 'earlier', title: t('meetings.list.earlier'), meetings: earlier },
  ].filter((group) => group.meetings.length > 0);

  return (
    <section
      id="my-meetings"
      className="exh-card mtg-agenda"
      aria-labelledby="my-meetings-title"
      aria-busy={load === 'loading'}
    >
      <div className="exh-card-head">
        <div>
          <h2 id="my-meetings-title">{t('meetings.list.title')}</h2>
          <p className="hint">{t('meetings.list.zone', { zone })}</p>
        </div>
        <div className="exh-head-actions">
          <RefreshButton busy={load === 'loading'} updatedAt={updatedAt} onRefresh={() => void loadMeetings()} />
          {onBook && meetings.length > 0 && (
            <button type="button" className="primary small" onClick={onBook}>
              {t('meetings.list.book')}
            </button>
          )}
        </div>
      </div>
      {load === 'failed' ? (
        <LoadFailure failure={failure} onRetry={() => void loadMeetings()} />
      ) : load !== 'ready' ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('meetings.list.loading')}
        </p>
      ) : groups.length === 0 ? (
        <div className="exh-empty mtg-empty">
          <div className="mtg-empty-icon" aria-hidden="true" />
          <p className="exh-empty-title">{t('meetings.list.emptyTitle')}</p>
          <p className="exh-muted">{onBook ? t('meetings.list.emptyBook') : t('meetings.list.emptyInvite')}</p>
          {onBook && (
            <button type="button" className="primary small" onClick={onBook}>
              {t('meetings.list.book')}
            </button>
          )}
        </div>
      ) : (
        groups.map((group) => (
          <div key={group.id} className="mtg-group">
            <h3 id={`meetings-${group.id}`}>
              {group.title} <span className="mtg-count">{group.meetings.length}</span>
            </h3>
            <ol className="mtg-list" aria-labelledby={`meetings-${group.id}`}>
              {group.meetings.map((meeting) => (
                <MeetingCard
                  key={meeting.id}
                  meeting={meeting}
                  userId={userId}
                  now={now}
                  changed={isChangedFor(meeting, userId, seen)}
                  onEdit={onEdit}
                />
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
