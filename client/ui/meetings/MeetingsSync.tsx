import { useEffect } from 'react';
import { loadMeetings } from '../../net/meetingActions.ts';
import { useSession } from '../../state/session.ts';

const POLL_MS = 30_000;

/**
 * Keeps the visitor's meetings in useMeetings; renders nothing. In the expo, `meetings.changed` on the
 * room connection brings news; pages without a room connection (`poll`) read the list again now and
 * then, and whenever the tab comes back into view.
 */
export function MeetingsSync({ poll = false }: { poll?: boolean }) {
  const userId = useSession((s) => s.session?.user.id);
  useEffect(() => {
    if (!userId) return;
    void loadMeetings();
    if (!poll) return;
    const refresh = () => {
      if (document.visibilityState === 'visible') void loadMeetings();
    };
    const timer = setInterval(refresh, POLL_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [userId, poll]);
  return null;
}
