import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/meetings.ts';
import { loadHalls } from '../../net/meetingActions.ts';
import { useMeetingHalls } from '../../state/meetingHalls.ts';
import { useMeetings } from '../../state/meetings.ts';
import { LoadFailure } from '../exhibitor/LoadFailure.tsx';
import { BookingForm } from './BookingForm.tsx';

export interface BookingSectionProps {
  selfId: string;
  onDone(meeting: Meeting): void;
}

/** "Book a meeting", or "Change the meeting" once the host has chosen one of theirs to change. */
export function BookingSection({ selfId, onDone }: BookingSectionProps) {
  const { t } = useTranslation();
  const { halls, load, failure } = useMeetingHalls();
  const editing = useMeetings((s) => s.meetings.find((m) => m.id === s.editingId) ?? null);

  useEffect(() => {
    void loadHalls();
  }, []);

  return (
    <section id="book" className="exh-card mtg-book" aria-labelledby="book-title" data-editing={editing !== null}>
      <div className="exh-card-head">
        <div>
          <h2 id="book-title">
            {editing ? t('meetings.form.editTitle', { title: editing.title }) : t('meetings.form.heading')}
          </h2>
          <p className="hint">{editing ? t('meetings.form.editIntro') : t('meetings.form.intro')}</p>
        </div>
      </div>
      {load === 'failed' ? (
        <LoadFailure failure={failure} onRetry={() => void loadHalls()} />
      ) : load !== 'ready' ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('meetings.form.loadingHalls')}
        </p>
      ) : (
        <BookingForm
          key={editing?.id ?? 'new'}
          halls={halls}
          selfId={selfId}
          editing={editing}
          onDone={(meeting) => {
            useMeetings.getState().edit(null);
            onDone(meeting);
          }}
        />
      )}
    </section>
  );
}
