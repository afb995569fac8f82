import { useEffect } from 'react';
import { closeRooms, enterMeeting } from '../../net/meetingRoom.ts';

/** Opens the meeting's connections for as long as its page is shown; renders nothing. */
export function MeetingSync({ meetingId }: { meetingId: string }) {
  useEffect(() => {
    void enterMeeting(meetingId);
    return closeRooms;
  }, [meetingId]);
  return null;
}
