import type { Room } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { describeZodError } from '../../shared/errors.ts';
import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import type { MediaSource } from '../../shared/stage.ts';
import { VoiceMessages, VoiceTokenRequest, voiceRoomName, type VoiceTokenReply } from '../../shared/voice.ts';
import { can } from '../auth/permissions.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import type { RoomContext } from './roomContext.ts';

/**
 * Proximity voice in a plaza or pavilion room: being in the room is the permission to its
 * LiveKit room, so the token comes through the room itself, for this instance's voice room only.
 * Whom each listener hears is chosen by the listener (shared/voice.ts); the server only admits.
 */
export function registerVoiceHandlers(room: Room, ctx: RoomContext): void {
  room.onMessage(VoiceMessages.tokenRequest, async (client: ExpoClient, payload: unknown) => {
    const user = client.auth?.user;
    if (!user) return;
    const input = VoiceTokenRequest.safeParse(payload);
    if (!input.success) {
      return client.send(MESSAGES.notice, {
        kind: 'message_refused',
        reason: describeZodError(input.error),
      } satisfies Notice);
    }
    const reply = await voiceToken(ctx, room.roomId, user).catch((err: unknown) => {
      ctx.log.error({ err, room: room.roomId }, 'could not mint a voice token');
      return null;
    });
    if (!reply) {
      return client.send(MESSAGES.notice, {
        kind: 'message_refused',
        reason: 'voice did not start; please try again',
      } satisfies Notice);
    }
    client.send(VoiceMessages.token, reply);
  });
}

async function voiceToken(ctx: RoomContext, roomId: string, user: SessionUser): Promise<VoiceTokenReply> {
  if (!ctx.media) return { ok: false, reason: 'unavailable' };
  // Someone muted by an organiser still hears the others, but cannot be heard.
  const publish: MediaSource[] = can(user, 'voice.talk') && !ctx.moderation.muteOf(user.id) ? ['microphone'] : [];
  const token = await ctx.media.token(user, voiceRoomName(roomId), { publish, admin: false });
  return { ok: true, token: { url: ctx.media.url, token, identity: user.id, publish, admin: false } };
}

/** Someone left the room for good: they leave its voice too, whatever their page still holds. */
export function leaveVoice(room: Room, ctx: RoomContext, user: SessionUser): void {
  ctx.media?.removeParticipant(voiceRoomName(room.roomId), user.id).catch((err: unknown) => {
    ctx.log.warn({ err, room: room.roomId }, 'could not take a departed visitor out of the voice room');
  });
}
