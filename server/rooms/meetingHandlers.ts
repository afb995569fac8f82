import type { z } from 'zod';
import { describeZodError } from '../../shared/errors.ts';
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
import { CLOSE_CODES, MESSAGES, type Notice } from '../../shared/protocol.ts';
import { admitToMeeting, endMeeting, findMeetingEntry, takeOffList } from '../db/meetingRoomStore.ts';
import { lobbyOpen } from '../meetings/meetingAccess.ts';
import { announceMeetingChange } from '../meetings/meetingAnnouncer.ts';
import type { MeetingAuth, MeetingClient, MeetingRoomControl } from './MeetingRoom.ts';
import type { RoomContext } from './roomContext.ts';

/** A request the chair or an attendee may not have granted, with the reason to show them. */
class Refusal extends Error {}

/** Takes a person out of the queue for the floor, and off the floor if they held it. */
export function leaveFloor(state: MeetingRoomState, userId: string): void {
  const queued = state.floor.indexOf(userId);
  if (queued >= 0) state.floor.splice(queued, 1);
  if (state.speaker === userId) state.speaker = '';
}

/**
 * A meeting's messages: anyone asks for the floor; the chair gives it, admits and turns away
 * knockers, mutes, removes, locks and ends. Each handler validates, checks that the sender may
 * send it, then acts; a refusal is a notice to the sender and changes nothing.
 */
export function attachMeetingHandlers(room: MeetingRoomControl, ctx: RoomContext): void {
  const { meetingId } = room;
  const mediaRoom = meetingRoomName(meetingId);
  const refuse = (client: MeetingClient, reason: string) =>
    client.send(MESSAGES.notice, { kind: 'message_refused', reason } satisfies Notice);

  function on<T>(
    type: string,
    schema: z.ZodType<T>,
    who: 'anyone' | 'chair',
    run: (auth: MeetingAuth, input: T) => unknown,
  ): void {
    room.onMessage(type, async (client: MeetingClient, payload: unknown) => {
      const auth = client.auth;
      if (!auth) return;
      const input = schema.safeParse(payload);
      if (!input.success) return refuse(client, describeZodError(input.error));
      if (who === 'chair' && !auth.chair) return refuse(client, 'only the chair may do this');
      if (room.state.ended) return refuse(client, 'the meeting has ended');
      try {
        await run(auth, input.data);
      } catch (err) {
        if (err instanceof Refusal) return refuse(client, err.message);
        ctx.log.error({ err, type, meetingId }, 'a meeting action failed');
        refuse(client, 'that did not work; please try again');
      }
    });
  }

  /** Chairs and interpreters keep their microphones when the floor changes hands. */
  function keepsMicrophone(identity: string, speaker: string): boolean {
    if (identity === speaker) return true;
    for (const a of room.state.attendees.values()) if (a.id === identity && (a.chair || a.interprets)) return true;
    return false;
  }

  const media = () => {
    if (!ctx.media) throw new Refusal('voice and video are not running on this server');
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
    if (!room.isPresent(userId)) throw new Refusal('they are not in the meeting');
    leaveFloor(room.state, userId);
    room.state.speaker = userId;
    try {
      await ctx.media?.muteMicrophones(mediaRoom, (identity) => keepsMicrophone(identity, userId));
    } catch (err) {
      ctx.log.error({ err, meetingId }, 'could not mute the microphones for a new speaker');
      throw new Refusal('the floor is given, but the other microphones could not be muted');
    }
  });

  on(MeetingRoomMessages.muteAll, NoPayload, 'chair', async () => {
    await media().muteMicrophones(mediaRoom, (identity) => keepsMicrophone(identity, ''));
  });

  on(MeetingRoomMessages.muteTrack, MeetingTrackRef, 'chair', async (_auth, { userId, trackSid }) => {
    if (!(await media().muteTrack(mediaRoom, userId, trackSid))) throw new Refusal('that track is not published');
  });

  on(MeetingRoomMessages.admit, MeetingPersonRef, 'chair', async (_auth, { userId }) => {
    const knock = ctx.meetings.waitingOne(meetingId, userId);
    if (!knock) throw new Refusal('nobody with that id is waiting in the lobby');
    const meeting = await findMeetingEntry(ctx.db, meetingId);
    if (!lobbyOpen(meeting)) throw new Refusal('the meeting is no longer open');
    if ((await admitToMeeting(ctx.db, meeting, knock)) === 'busy')
      throw new Refusal(`${knock.name} is booked into another meeting at this time, so they cannot be let in`);
    ctx.meetings.answer(meetingId, userId, 'admitted');
    announceMeetingChange(ctx.clients, [userId], meetingId);
  });

  on(MeetingRoomMessages.deny, MeetingPersonRef, 'chair', (_auth, { userId }) => {
    if (!ctx.meetings.answer(meetingId, userId, 'denied'))
      throw new Refusal('nobody with that id is waiting in the lobby');
  });

  on(MeetingRoomMessages.remove, MeetingPersonRef, 'chair', async ({ user, hostId }, { userId }) => {
    if (userId === hostId) throw new Refusal('the host cannot be removed from their meeting');
    if (userId === user.id) throw new Refusal('to go, leave the meeting');
    const listed = await takeOffList(ctx.db, meetingId, userId);
    if (!listed && !room.isPresent(userId)) throw new Refusal('they are not in the meeting');
    leaveFloor(room.state, userId);
    room.expelPerson(userId, CLOSE_CODES.removed);
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
}
