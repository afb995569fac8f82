import { Room, ServerError, type Client } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { MeetingJoinOptions, MeetingRoomMessages, type LobbyOutcome } from '../../shared/meetingRoom.ts';
import { CLOSE_CODES, JOIN_ERRORS, MESSAGES, type Notice } from '../../shared/protocol.ts';
import { findMeetingEntry } from '../db/meetingRoomStore.ts';
import type { FloodGuard } from '../limits/floodGuard.ts';
import { lobbyOpen } from '../meetings/meetingAccess.ts';
import type { Outcome } from '../meetings/meetingHub.ts';
import type { PresentClient } from '../moderation/clientDirectory.ts';
import { deliverFrame, messageFloodGuard } from './frameGate.ts';
import { authenticateJoin, meetingIdOf } from './joinAuth.ts';
import type { RoomContext } from './roomContext.ts';
import { relayAnnouncements, type RoomAnnouncements } from './announcements.ts';

/** The same words whether the meeting does not exist, was cancelled or is over. */
const NOT_OPEN = 'this meeting is not open';
const LOCKED = 'this meeting is locked: nobody new may come in';
const KIND = 'meeting_lobby';

export interface LobbyAuth {
  user: SessionUser;
  meetingId: string;
}

interface Waiter {
  userId: string;
  flood: FloodGuard;
  presence: PresentClient;
  /** Withdraws the knock when this connection goes. */
  withdraw: () => void;
}

type LobbyClient = Client<Waiter, LobbyAuth>;

/**
 * Where someone with a meeting's link who is not on its list waits (filterBy meetingId: one
 * lobby per meeting). Joining knocks; the meeting's chairs see the knock and answer it. The
 * lobby tells its clients nothing about the meeting but the answer.
 */
export function meetingLobbyRoom(ctx: RoomContext) {
  return class MeetingLobbyRoom extends Room<object, unknown, Waiter, LobbyAuth> {
    private meetingId!: string;
    private announcements: RoomAnnouncements | undefined;

    static override async onAuth(_token: string, options: unknown): Promise<LobbyAuth> {
      const { user } = await authenticateJoin(ctx, MeetingJoinOptions, options);
      const { meetingId } = options as MeetingJoinOptions;
      if (!lobbyOpen(await findMeetingEntry(ctx.db, meetingId))) {
        ctx.metrics.joinsRefused.inc({ reason: 'meeting_closed' });
        throw new ServerError(JOIN_ERRORS.forbidden, NOT_OPEN);
      }
      if (ctx.meetings.isLocked(meetingId)) {
        ctx.metrics.joinsRefused.inc({ reason: 'meeting_locked' });
        throw new ServerError(JOIN_ERRORS.locked, LOCKED);
      }
      return { user, meetingId };
    }

    override onCreate(options: unknown): void {
      this.meetingId = meetingIdOf(options);
      this.announcements = relayAnnouncements(this, ctx.announcements);
      // Waiting people send nothing.
      this.onMessage('*', () => ctx.metrics.movesRejected.inc({ reason: 'unknown_type' }));
    }

    protected override _onMessage(client: LobbyClient & Parameters<Room['_onMessage']>[0], buffer: Buffer): void {
      const deliver = () => super._onMessage(client, buffer);
      if (deliverFrame(client.userData?.flood, buffer, ctx.metrics, deliver) === 'disconnect') {
        client.leave(CLOSE_CODES.flooding);
      }
    }

    override onJoin(client: LobbyClient, _options: unknown, { user }: LobbyAuth): void {
      // Locked while this join was under way.
      if (ctx.meetings.isLocked(this.meetingId)) throw new ServerError(JOIN_ERRORS.locked, LOCKED);
      const { sessionId } = client;
      const hear = (outcome: Outcome) => {
        const waiting = this.clients.getById(sessionId);
        waiting?.send(MeetingRoomMessages.lobbyOutcome, { outcome } satisfies LobbyOutcome);
        // Someone let in leaves on their own, for the meeting; anyone else is done here.
        if (outcome !== 'admitted') waiting?.leave();
      };
      client.userData = {
        userId: user.id,
        flood: messageFloodGuard(),
        presence: {
          notify: (notice: Notice) => this.clients.getById(sessionId)?.send(MESSAGES.notice, notice),
          send: (type, message) => this.clients.getById(sessionId)?.send(type, message),
          expel: (code) => this.clients.getById(sessionId)?.leave(code),
        },
        withdraw: ctx.meetings.knock(this.meetingId, user, hear),
      };
      ctx.clients.add(user.id, client.userData.presence);
      ctx.metrics.clients.inc({ room: KIND });
      this.announcements?.greet(client);
    }

    /** A restart: clients come back to the lobby by themselves once the server is up again. */
    override onBeforeShutdown(): void {
      void this.disconnect(CLOSE_CODES.serverShutdown);
    }

    override onDispose(): void {
      this.announcements?.detach();
    }

    override onLeave(client: LobbyClient): void {
      const waiter = client.userData;
      if (!waiter) return;
      waiter.withdraw();
      ctx.clients.remove(waiter.userId, waiter.presence);
      ctx.metrics.clients.dec({ room: KIND });
    }
  };
}
