import { useState } from 'react';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { useSession } from '../../state/session.ts';
import { AnnouncementBanner } from '../announcements/AnnouncementBanner.tsx';
import { ControlsBar } from './ControlsBar.tsx';
import { FloorLine } from './FloorLine.tsx';
import { MeetingHeader } from './MeetingHeader.tsx';
import { MeetingNotes } from './MeetingNotes.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import { VideoGrid } from './VideoGrid.tsx';

/** Wide screens have room for the chair's panel from the start; phones open it when needed. */
const roomForPanel = () => matchMedia('(min-width: 1100px)').matches;

/** Inside the meeting: the header, the notes, the grid, the side panel and the controls. */
export function MeetingRoomView() {
  const selfId = useSession((s) => s.session?.user.id ?? '');
  const chair = useMeetingCall((s) => s.attendees.some((a) => a.id === selfId && a.chair));
  const [panel, setPanel] = useState<boolean | null>(null);
  const panelOpen = panel ?? (chair && roomForPanel());
  return (
    <div className="mtg-room" data-panel={panelOpen}>
      <MeetingHeader />
      <main id="main" className="mtg-main">
        <section className="mtg-stage">
          <AnnouncementBanner place="meeting" />
          <MeetingNotes />
          <FloorLine />
          <VideoGrid />
        </section>
        {panelOpen && <MeetingPanel chair={chair} onClose={() => setPanel(false)} />}
      </main>
      <ControlsBar panelOpen={panelOpen} onPanel={() => setPanel(!panelOpen)} />
    </div>
  );
}
