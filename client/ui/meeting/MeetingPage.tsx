import { useTranslation } from 'react-i18next';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { useSession } from '../../state/session.ts';
import { ToLanding } from '../ToLanding.tsx';
import { useCatalogue } from '../useCatalogue.ts';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { MeetingClosed } from './MeetingClosed.tsx';
import { MeetingRoomView } from './MeetingRoomView.tsx';
import { MeetingSync } from './MeetingSync.tsx';
import { WaitingCard } from './WaitingCard.tsx';
import './meeting.css';

export interface MeetingPageProps {
  meetingId: string;
}

/** What the visitor sees of the meeting at each step: opening, the lobby, the meeting, or why it is closed to them. */
function MeetingView() {
  const { t } = useTranslation();
  const phase = useMeetingCall((s) => s.phase);
  switch (phase) {
    case 'loading':
      return <WaitingCard heading={t('meeting.opening')} busy />;
    case 'lobby':
      return <WaitingCard heading={t('meeting.lobby.heading')} text={t('meeting.lobby.text')} lobby />;
    case 'joining':
      return <WaitingCard heading={t('meeting.joining')} busy />;
    case 'in':
      return <MeetingRoomView />;
    case 'over':
      return <MeetingClosed />;
  }
}

/** /meeting/<id>: one side meeting, for the people on its list and those its chair lets in. */
export function MeetingPage({ meetingId }: MeetingPageProps) {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.session !== null);
  // Country names come from the catalogue; the page works without it meanwhile.
  useCatalogue();
  useDocumentTitle(`${t('meeting.documentTitle')} · ${t('app.title')}`);
  if (!signedIn) return <ToLanding noticeKey="meeting.signedOut" />;
  return (
    <div className="meeting-page">
      <MeetingSync meetingId={meetingId} />
      <MeetingView />
    </div>
  );
}
