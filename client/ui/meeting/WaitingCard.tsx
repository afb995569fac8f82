import { useTranslation } from 'react-i18next';
import { leaveMeeting } from '../../net/meetingRoom.ts';
import { useSession } from '../../state/session.ts';
import { Flag } from '../Flag.tsx';

export interface WaitingCardProps {
  heading: string;
  text?: string;
  /** Opening or joining: a quiet spinner, nothing to do. */
  busy?: boolean;
  /** Waiting in the lobby: who is waiting, and a way out. Nothing about the meeting itself. */
  lobby?: boolean;
}

/** A calm card in the middle of the page while the visitor waits: to be let in, or for the meeting to open. */
export function WaitingCard({ heading, text, busy = false, lobby = false }: WaitingCardProps) {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user);
  return (
    <main id="main" className="mtg-waiting" aria-busy={busy}>
      <section className="mtg-waiting-card" aria-labelledby="mtg-waiting-heading" data-lobby={lobby}>
        <div className="mtg-waiting-mark" aria-hidden="true">
          <span className="brand-mark" />
        </div>
        <h1 id="mtg-waiting-heading" role="status">
          {heading}
        </h1>
        {text && <p className="mtg-waiting-text">{text}</p>}
        {lobby && user && (
          <p className="mtg-waiting-who">
            <Flag country={user.country} size={16} />
            <span>{t('meeting.lobby.as', { name: user.name })}</span>
          </p>
        )}
        {lobby && (
          <button type="button" className="mtg-quiet-button" onClick={leaveMeeting}>
            {t('meeting.lobby.leave')}
          </button>
        )}
      </section>
    </main>
  );
}
