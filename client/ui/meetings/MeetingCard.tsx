import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/meetings.ts';
import { acknowledge } from '../../net/meetingActions.ts';
import { languageName } from '../organiser/languageName.ts';
import { MeetingActions } from './MeetingActions.tsx';
import { MeetingPeople } from './MeetingPeople.tsx';
import { formatMinutes, useMeetingTime } from './useMeetingTime.ts';
import { useHallName } from './useHallName.ts';

export interface MeetingCardProps {
  meeting: Meeting;
  userId: string;
  now: number;
  /** The host changed it since this invitee last looked. */
  changed: boolean;
  onEdit(): void;
}

type Standing = 'cancelled' | 'ended' | 'now' | 'upcoming';

function standingOf(meeting: Meeting, now: number): Standing {
  if (meeting.status === 'cancelled') return 'cancelled';
  if (meeting.status === 'ended' || Date.parse(meeting.endsAt) <= now) return 'ended';
  return Date.parse(meeting.startsAt) <= now ? 'now' : 'upcoming';
}

/** One meeting: when and where, who hosts and who is invited with their answers, and what can be done. */
export function MeetingCard({ meeting, userId, now, changed, onEdit }: MeetingCardProps) {
  const { t, i18n } = useTranslation();
  const time = useMeetingTime();
  const hallName = useHallName();
  const standing = standingOf(meeting, now);
  const tile = time.tile(meeting.startsAt);
  const host = meeting.people.find((p) => p.host);
  const minutes = Math.round((Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / 60_000);
  const titleId = `meeting-${meeting.id}-title`;
  return (
    <li className="mtg-card" data-standing={standing} data-meeting={meeting.id} aria-labelledby={titleId}>
      <div className="mtg-tile" aria-hidden="true">
        <span className="mtg-tile-weekday">{tile.weekday}</span>
        <span className="mtg-tile-day">{tile.day}</span>
        <span className="mtg-tile-month">{tile.month}</span>
      </div>
      <div className="mtg-body">
        <div className="mtg-heading">
          <h4 id={titleId}>{meeting.title}</h4>
          <div className="mtg-badges">
            {standing === 'now' && (
              <span className="mtg-badge" data-kind="now">
                {t('meetings.card.now')}
              </span>
            )}
            {standing === 'cancelled' && (
              <span className="mtg-badge" data-kind="cancelled">
                {t('meetings.card.cancelled')}
              </span>
            )}
            {standing === 'ended' && (
              <span className="mtg-badge" data-kind="ended">
                {t('meetings.card.ended')}
              </span>
            )}
            {changed && (
              <span className="mtg-badge" data-kind="changed">
                {t('meetings.card.changed')}
              </span>
            )}
            {meeting.noRecording && (
              <span className="mtg-badge" data-kind="noRecording" title={t('meetings.card.noRecordingHint')}>
                {t('meetings.card.noRecording')}
              </span>
            )}
            {meeting.e2ee && (
              <span className="mtg-badge" data-kind="e2ee" title={t('meetings.card.e2eeHint')}>
                {t('meetings.card.e2ee')}
              </span>
            )}
          </div>
        </div>
        <dl className="mtg-facts">
          <div>
            <dt>{t('meetings.card.when')}</dt>
            <dd>
              <time dateTime={meeting.startsAt}>{time.range(meeting.startsAt, meeting.endsAt)}</time>
              <span className="mtg-length"> · {formatMinutes(t, minutes)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('meetings.card.hall')}</dt>
            <dd>{hallName({ id: meeting.hallId, name: meeting.hallName })}</dd>
          </div>
          {host && (
            <div>
              <dt>{t('meetings.card.hostedBy')}</dt>
              <dd>{host.name}</dd>
            </div>
          )}
          <div>
            <dt>{t('meetings.card.languages')}</dt>
            <dd>
              {meeting.languages.length > 0
                ? meeting.languages.map((lang) => languageName(lang, i18n.resolvedLanguage ?? 'en')).join(', ')
                : t('meetings.card.noInterpretation')}
            </dd>
          </div>
        </dl>
        <MeetingPeople people={meeting.people} />
        {changed && (
          <p className="mtg-changed-note">
            {t('meetings.card.changedNote')}{' '}
            <button type="button" className="ghost small" onClick={() => acknowledge(meeting)}>
              {t('meetings.card.seen')}
            </button>
          </p>
        )}
        <MeetingActions meeting={meeting} userId={userId} now={now} onEdit={onEdit} />
      </div>
    </li>
  );
}
