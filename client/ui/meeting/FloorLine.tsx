import { useTranslation } from 'react-i18next';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { useNameOf } from './useNameOf.ts';

/** "Now speaking: X · Next: Y", or that the floor is open; for everyone, above the grid and in the chair's panel. */
export function FloorLine() {
  const { t } = useTranslation();
  const speaker = useMeetingCall((s) => s.speaker);
  const next = useMeetingCall((s) => s.floor.find((id) => id !== s.speaker) ?? null);
  const nameOf = useNameOf();
  if (!speaker && !next) return <p className="mtg-floor-line">{t('meeting.floor.open')}</p>;
  return (
    <p className="mtg-floor-line" data-testid="meeting-floor">
      {speaker ? (
        <span className="mtg-floor-now">{t('meeting.floor.now', { name: nameOf(speaker) })}</span>
      ) : (
        <span>{t('meeting.floor.nobody')}</span>
      )}
      {next && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t('meeting.floor.next', { name: nameOf(next) })}</span>
        </>
      )}
    </p>
  );
}
