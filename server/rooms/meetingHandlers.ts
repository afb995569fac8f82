import {
  FloorRequest,
  GiveFloor,
  LockRequest,
  MeetingPersonRef,
  MeetingRoomMessages,
  MeetingTrackRef,
  NoPayload,
  type MeetingRoomState,
} from '../../shared/meetingRoom.ts';
import { meetingRoomName } from '../../shared/meetings.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { admitToMeeting, endMeeting, findMeetingEntry, takeOffList } from '../db/meetingRoomStore.ts';
import { lobbyOpen } from '../meetings/meetingAccess.ts';
import { announceMeetingChange } from '../meetings/meetingAnnouncer.ts';
import type { MeetingRoomControl } from './MeetingRoom.ts';
import { attachE2eeHandlers } from './meetingE2ee.ts';
import { meetingMessageHandler, Refusal } from './meetingMessage.ts';
import type { RoomContext } from './roomContext.ts';

/** Takes a person out of the queue for the floor, and off the floor if they held it. */
export function leaveFloor(state: MeetingRoomState, userId: string): void {
  const queued = state.floor.indexOf(userId);
  if (queued >= 0) state.floor.splice(queued, 1);
  if (state.speaker === userId) state.speaker = '';
}

/**
 * A meeting's messages: anyone asks for the floor; the chair gives it, admits and turns away
 * knockers, mutes, removes, locks and ends (meetingMessage.ts: validate, check, act); the
 * end-to-end encryption's key exchange is in meetingE2ee.ts.
 */
export function attachMeetingHandlers(room: MeetingRoomControl, ctx: RoomContext): void {
  const { meetingId } = room;
  const mediaRoom = meetingRoomName(meetingId);
  const on = meetingMessageHandler(room, ctx);

  /** Chairs and interpreters keep their microphones when the floor changes hands. */
  function keepsMicrophone(identity: string, speaker: string): boolean {
    if (identity === speaker) return true;
    for (const a of room.state.attendees.values()) if (a.id === identity && (a.chair || a.interprets)) return true;
    return false;
  }

  const media = () => {
    if (!ctx.media) throw new Refusal('media_off', 'voice and video are not running on this server');
    return ctx.media;
  };

  on(MeetingRoomMessages.requestFloor, FloorRequest, 'anyone', ({ user }, { wanted }) => {
    const { floor, speaker } = room.state;
    // Withdrawing also hands back the floor one holds.
    if (!wanted) return leaveFloor(room.state, user.id);
    if (speaker !== user.id && !floor.includes(user.id)) floor.push(user.id);
  });

  on(MeetingRoomMessages.giveFloor, GiveFloor, 'chair', async (_auth, { userId }) => {
    if (userId === null) {
      room.state.speaker = '';
      return;
    }
    if (!room.isPresent(userId)) throw new Refusal('not_in_meeting', 'they are not in the meeting');
    leaveFloor(room.state, userId);
    room.state.speaker = userId;
    try {
      await ctx.media?.muteMicrophones(mediaRoom, (identity) => keepsMicrophone(identity, userId));
    } catch (err) {
      ctx.log.error({ err, meetingId }, 'could not mute the microphones for a new speaker');
      throw new Refusal('floor_partly_muted', 'the floor is given, but the other microphones could not be muted');
    }
  });

  on(MeetingRoomMessages.muteAll, NoPayload, 'chair', async () => {
    await media().muteMicrophones(mediaRoom, (identity) => keepsMicrophone(identity, ''));
  });

  on(MeetingRoomMessages.muteTrack, MeetingTrackRef, 'chair', async (_auth, { userId, trackSid }) => {
    if (!(await media().muteTrack(mediaRoom, userId, trackSid)))
      throw new Refusal('track_not_published', 'that track is not published');
  });

  on(MeetingRoomMessages.admit, MeetingPersonRef, 'chair', async (_auth, { userId }) => {
    const knock = ctx.meetings.waitingOne(meetingId, userId);
    if (!knock) throw new Refusal('nobody_waiting', 'nobody with that id is waiting in the lobby');
    const meeting = await findMeetingEntry(ctx.db, meetingId);
    if (!lobbyOpen(meeting)) throw new Refusal('meeting_not_open', 'the meeting is no longer open');
    if ((await admitToMeeting(ctx.db, meeting, knock)) === 'busy')
      throw new Refusal(
        'guest_busy',
        `${knock.name} is booked into another meeting at this time, so they cannot be let in`,
        {
          name: knock.name,
        },
      );
    ctx.meetings.answer(meetingId, userId, 'admitted');
    announceMeetingChange(ctx.clients, [userId], meetingId);
  });

  on(MeetingRoomMessages.deny, MeetingPersonRef, 'chair', (_auth, { userId }) => {
    if (!ctx.meetings.answer(meetingId, userId, 'denied'))
      throw new Refusal('nobody_waiting', 'nobody with that id is waiting in the lobby');
  });

  on(MeetingRoomMessages.remove, MeetingPersonRef, 'chair', async ({ user, hostId }, { userId }) => {
    if (userId === hostId) throw new Refusal('host_not_removable', 'the host cannot be removed from their meeting');
    if (userId === user.id) throw new Refusal('leave_instead', 'to go, leave the meeting');
    const listed = await takeOffList(ctx.db, meetingId, userId);
    if (!listed && !room.isPresent(userId)) throw new Refusal('not_in_meeting', 'they are not in the meeting');
    leaveFloor(room.state, userId);
    room.expelPerson(userId, CLOSE_CODES.removed);
    // In an encrypted meeting the key holder makes a new key, which the removed person never gets.
    room.renewMeetingKey();
    announceMeetingChange(ctx.clients, [userId], meetingId);
    await ctx.media?.removeParticipant(mediaRoom, userId);
  });

  on(MeetingRoomMessages.lock, LockRequest, 'chair', (_auth, { locked }) => {
    room.state.locked = locked;
    ctx.meetings.setLocked(meetingId, locked);
  });

  on(MeetingRoomMessages.end, NoPayload, 'chair', async () => {
    const people = await endMeeting(ctx.db, meetingId);
    announceMeetingChange(ctx.clients, people, meetingId);
    await room.finish();
  });

  attachE2eeHandlers(room, on);
}
