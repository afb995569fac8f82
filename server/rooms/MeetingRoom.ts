import { Room, ServerError, type Client, type Deferred } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import type { Lang } from '../../shared/languages.ts';
import { AttendeeState, MeetingJoinOptions, MeetingRoomMessages, MeetingRoomState } from '../../shared/meetingRoom.ts';
import { CLOSE_CODES, JOIN_ERRORS, MESSAGES, type Notice } from '../../shared/protocol.ts';
import type { FloodGuard } from '../limits/floodGuard.ts';
import { meetingRoomName } from '../../shared/meetings.ts';
import { findListings, findMeetingEntry } from '../db/meetingRoomStore.ts';
import { meetingAccess } from '../meetings/meetingAccess.ts';
import type { PresentClient } from '../moderation/clientDirectory.ts';
import { deliverFrame, messageFloodGuard } from './frameGate.ts';
import { authenticateJoin, meetingIdOf } from './joinAuth.ts';
import { electKeyHolder, renewKey } from './meetingE2ee.ts';
import { attachMeetingHandlers, leaveFloor } from './meetingHandlers.ts';
import type { RoomContext } from './roomContext.ts';
import { relayAnnouncements, type RoomAnnouncements } from './announcements.ts';
import { countRefusedMessages } from './messageRefusals.ts';

/** Said to anyone the meeting does not know, whether or not it exists: no title, no people. */
const NOT_LISTED = "not on this meeting's list: wait in the lobby";
/** Time for the last patch (ended = true) to reach everyone before they are disconnected. */
const END_GRACE_MS = 1500;
/** Past the booked end before the room checks it, so a last-minute extension is seen first. */
const END_SLACK_MS = 1000;
const KIND = 'meeting';

export interface MeetingAuth {
  user: SessionUser;
  meetingId: string;
  hostId: string;
  chair: boolean;
  interprets: Lang | undefined;
  verified: boolean;
  /** The booking, when this person joined: voice and video end-to-end encrypted. */
  e2ee: boolean;
}

/** One connection of someone in the meeting. */
export interface Attendee {
  userId: string;
  flood: FloodGuard;
  /** How moderation and meeting updates reach this connection. */
  presence: PresentClient;
  /** The seat held while the connection is down, so that a removal can release it. */
  held: Deferred<Client> | undefined;
  expelled: boolean;
}

export type MeetingClient = Client<Attendee, MeetingAuth>;

/** What the meeting's message handlers may do to their room besides its state and messages. */
export interface MeetingRoomControl extends Room<MeetingRoomState, unknown, Attendee, MeetingAuth> {
  readonly meetingId: string;
  /** Whether the person has a connection in the meeting now. */
  isPresent(userId: string): boolean;
  /** Puts every connection of a person out for good, held seats included. */
  expelPerson(userId: string, code: number): void;
  /** Ends the meeting here: the lobby is told, the call closed, everyone disconnected after a moment. */
  finish(): Promise<void>;
  /** E2EE: chooses the key holder again after a change of who is here (meetingE2ee.ts). */
  electKeyHolder(): void;
  /** E2EE: has the key holder make a new meeting key, e.g. once someone was removed. */
  renewMeetingKey(): void;
}

/**
 * One side meeting, for the people on its list and those its chair let in from the lobby
 * (filterBy meetingId: one room per meeting). The chair runs the floor; voice and video go
 * through the LiveKit room of the same name.
 */
export function meetingRoom(ctx: RoomContext) {
  return class MeetingRoom
    extends Room<MeetingRoomState, unknown, Attendee, MeetingAuth>
    implements MeetingRoomControl
  {
    meetingId!: string;
    private unwatchKnocks: (() => void) | undefined;
    private unwatchRevisions: (() => void) | undefined;
    private closing: NodeJS.Timeout | undefined;
    /** Looks at the booking again when the meeting is due to end. */
    private endTimer: NodeJS.Timeout | undefined;
    /** Attendees whose connection dropped and whose seat is held; their client is not in `clients` meanwhile. */
    private readonly heldAttendees = new Map<string, Attendee>();
    private announcements: RoomAnnouncements | undefined;

    static override async onAuth(_token: string, options: unknown): Promise<MeetingAuth> {
      const { user } = await authenticateJoin(ctx, MeetingJoinOptions, options);
      const { meetingId } = options as MeetingJoinOptions;
      const access = await meetingAccess(ctx.db, meetingId, user);
      if (access.kind !== 'member') {
        ctx.metrics.joinsRefused.inc({ reason: access.kind === 'outsider' ? 'not_listed' : 'meeting_closed' });
        throw new ServerError(JOIN_ERRORS.forbidden, access.kind === 'outsider' ? NOT_LISTED : access.reason);
      }
      const { meeting, chair, interprets, verified } = access;
      return { user, meetingId, hostId: meeting.hostId, chair, interprets, verified, e2ee: meeting.e2ee };
    }

    override onCreate(options: unknown): void {
      this.meetingId = meetingIdOf(options);
      this.setState(
        new MeetingRoomState({
          speaker: '',
          locked: ctx.meetings.isLocked(this.meetingId),
          ended: false,
          e2ee: false,
          keyHolder: '',
          keyEpoch: 0,
        }),
      );
      countRefusedMessages(this, ctx.metrics);
      attachMeetingHandlers(this, ctx);
      this.announcements = relayAnnouncements(this, ctx.announcements);
      this.onMessage('*', () => ctx.metrics.movesRejected.inc({ reason: 'unknown_type' }));
      this.unwatchKnocks = ctx.meetings.watchKnocks(this.meetingId, (knocks) => {
        for (const client of this.clients) if (client.auth?.chair) client.send(MeetingRoomMessages.knocks, knocks);
      });
      this.unwatchRevisions = ctx.meetings.watchRevisions(this.meetingId, () => void this.review());
      void this.review();
    }

    /** A restart: clients come back to the meeting by themselves once the server is up again. */
    override onBeforeShutdown(): void {
      void this.disconnect(CLOSE_CODES.serverShutdown);
    }

    override onDispose(): void {
      this.announcements?.detach();
      this.unwatchKnocks?.();
      this.unwatchRevisions?.();
      clearTimeout(this.closing);
      clearTimeout(this.endTimer);
    }

    /**
     * Holds the room to its booking: a cancelled meeting or one whose time is up ends, and
     * anyone taken off the list by a change leaves. Runs on creation, on every change of the
     * booking, and when the meeting is due to end.
     */
    private async review(): Promise<void> {
      try {
        if (this.state.ended) return;
        const meeting = await findMeetingEntry(ctx.db, this.meetingId);
        const now = Date.now();
        if (!meeting || meeting.status !== 'scheduled' || meeting.endsAt.getTime() <= now) {
          await this.finish();
          return;
        }
        this.state.e2ee = meeting.e2ee;
        this.electKeyHolder();
        clearTimeout(this.endTimer);
        this.endTimer = setTimeout(() => void this.review(), meeting.endsAt.getTime() - now + END_SLACK_MS);
        const present = [...new Set([...this.state.attendees.values()].map((a) => a.id))];
        const listings = await findListings(ctx.db, this.meetingId, present);
        for (const userId of present) {
          const listing = listings.get(userId);
          if (!listing || listing.rsvp === 'declined') this.expelPerson(userId, CLOSE_CODES.removed);
        }
      } catch (err) {
        ctx.log.error({ err, meetingId: this.meetingId }, 'could not check a meeting against its booking');
      }
    }

    protected override _onMessage(client: MeetingClient & Parameters<Room['_onMessage']>[0], buffer: Buffer): void {
      const attendee = client.userData;
      if (attendee?.expelled) return;
      const deliver = () => super._onMessage(client, buffer);
      if (deliverFrame(attendee?.flood, buffer, ctx.metrics, deliver) === 'disconnect') {
        ctx.log.warn({ user: client.auth?.user.id, room: this.roomId }, 'client disconnected for flooding');
        this.expel(client.sessionId, CLOSE_CODES.flooding);
      }
    }

    override onJoin(client: MeetingClient, _options: unknown, auth: MeetingAuth): void {
      const { user } = auth;
      const { sessionId } = client;
      // Read from the booking as this person joined, so their first state already says how to call.
      this.state.e2ee = auth.e2ee;
      this.state.attendees.set(
        sessionId,
        new AttendeeState({
          id: user.id,
          name: user.name,
          country: user.country,
          role: user.role,
          verified: auth.verified,
          chair: auth.chair,
          interprets: auth.interprets ?? '',
          away: false,
          e2eeKey: '',
          keyEpoch: 0,
        }),
      );
      client.userData = {
        userId: user.id,
        flood: messageFloodGuard(),
        presence: {
          notify: (notice: Notice) => this.clients.getById(sessionId)?.send(MESSAGES.notice, notice),
          send: (type, message) => this.clients.getById(sessionId)?.send(type, message),
          expel: (code) => this.expel(sessionId, code),
        },
        held: undefined,
        expelled: false,
      };
      ctx.clients.add(user.id, client.userData.presence);
      ctx.metrics.clients.inc({ room: KIND });
      if (auth.chair) client.send(MeetingRoomMessages.knocks, ctx.meetings.knocks(this.meetingId));
      this.announcements?.greet(client);
    }

    override async onLeave(client: MeetingClient, consented: boolean): Promise<void> {
      const attendee = client.userData;
      const shown = this.state.attendees.get(client.sessionId);
      if (!consented && attendee && shown && !attendee.expelled && !this.state.ended && ctx.reconnectSeconds > 0) {
        shown.away = true;
        this.electKeyHolder();
        try {
          attendee.held = this.allowReconnection(client, ctx.reconnectSeconds);
          this.heldAttendees.set(client.sessionId, attendee);
          await attendee.held;
          this.announcements?.greetReturning(client.sessionId);
          shown.away = false;
          this.electKeyHolder();
          return;
        } catch {
          // The seat expired, or the person was removed meanwhile: gone for good.
        } finally {
          attendee.held = undefined;
          this.heldAttendees.delete(client.sessionId);
        }
      }
      this.state.attendees.delete(client.sessionId);
      this.electKeyHolder();
      if (attendee) {
        ctx.clients.remove(attendee.userId, attendee.presence);
        if (!this.isPresent(attendee.userId)) leaveFloor(this.state, attendee.userId);
      }
      ctx.metrics.clients.dec({ room: KIND });
    }

    /** Whether a connection may still send: not put out for good. */
    private usable = (sessionId: string): boolean => {
      const attendee = this.clients.getById(sessionId)?.userData ?? this.heldAttendees.get(sessionId);
      return attendee !== undefined && !attendee.expelled;
    };

    electKeyHolder(): void {
      electKeyHolder(this.state, this.usable);
    }

    renewMeetingKey(): void {
      renewKey(this.state, this.usable);
    }

    isPresent(userId: string): boolean {
      for (const attendee of this.state.attendees.values()) if (attendee.id === userId) return true;
      return false;
    }

    /** Puts one connection out for good: no held seat, no reconnection. */
    private expel(sessionId: string, code: number): void {
      const client = this.clients.getById(sessionId);
      const attendee = client?.userData ?? this.heldAttendees.get(sessionId);
      if (!attendee || attendee.expelled) return;
      attendee.expelled = true;
      if (attendee.held) attendee.held.reject(false);
      else client?.leave(code);
    }

    expelPerson(userId: string, code: number): void {
      for (const client of this.clients) if (client.userData?.userId === userId) this.expel(client.sessionId, code);
      for (const [sessionId, attendee] of this.heldAttendees)
        if (attendee.userId === userId) this.expel(sessionId, code);
    }

    async finish(): Promise<void> {
      if (this.state.ended) return;
      this.state.ended = true;
      this.state.speaker = '';
      this.state.floor.splice(0, this.state.floor.length);
      clearTimeout(this.endTimer);
      ctx.meetings.end(this.meetingId);
      void this.lock();
      this.closing ??= setTimeout(() => void this.disconnect(CLOSE_CODES.meetingEnded), END_GRACE_MS);
      try {
        await ctx.media?.deleteRoom(meetingRoomName(this.meetingId));
      } catch (err) {
        ctx.log.error({ err, meetingId: this.meetingId }, 'could not close the meeting’s media room');
      }
    }
  };
}
