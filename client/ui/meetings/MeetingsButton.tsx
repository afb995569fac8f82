import { useTranslation } from 'react-i18next';
import { awaitsAnswer } from '../../state/meetingOrder.ts';
import { isChangedFor, useMeetings } from '../../state/meetings.ts';
import { PATHS, useRoute } from '../../state/route.ts';
import { useSession } from '../../state/session.ts';
import { useNow } from '../../state/useNow.ts';

/** Officials always, anyone else once they are on a meeting's list. */
const OFFICIALS: readonly string[] = ['delegate', 'organiser', 'interpreter'];

/** The way to the meetings agenda, with how many invitations await an answer or have changed. */
export function MeetingsButton() {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user);
  const meetings = useMeetings((s) => s.meetings);
  const seen = useMeetings((s) => s.seen);
  const now = useNow(60_000);
  if (!user || (!OFFICIALS.includes(user.role) && meetings.length === 0)) return null;
  const attention = meetings.filter(
    (m) => awaitsAnswer(m, user.id, now) || (m.status === 'scheduled' && isChangedFor(m, user.id, seen)),
  ).length;
  return (
    <button
      type="button"
      className="ghost small meetings-button"
      onClick={() => useRoute.getState().navigate(PATHS.meetings)}
    >
      {t('meetings.nav.open')}
      {attention > 0 && (
        <>
          <span className="meetings-count" aria-hidden="true">
            {attention}
          </span>
          <span className="visually-hidden">{t('meetings.nav.attention', { count: attention })}</span>
        </>
      )}
    </button>
  );
}
