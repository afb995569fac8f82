import type { Room } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { describeZodError } from '../../shared/errors.ts';
import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import type { MediaSource } from '../../shared/stage.ts';
import { VoiceMessages, VoiceTokenRequest, voiceRoomName, type VoiceTokenReply } from '../../shared/voice.ts';
import { can } from '../auth/permissions.ts';
import { clientBudget } from '../limits/clientBudget.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import type { RoomContext } from './roomContext.ts';
import { refusedNotice } from './refusedNotice.ts';

/**
 * Proximity voice in a plaza or pavilion room: being in the room is the permission to its
 * LiveKit room, so the token comes through the room itself, for this instance's voice room only.
 * Whom each listener hears is chosen by the listener (shared/voice.ts); the server only admits.
 */
export function registerVoiceHandlers(room: Room, ctx: RoomContext): void {
  // Enough for a reconnect or two in a row; minting tokens in a loop is not.
  const mayAsk = clientBudget(0.2, 4);
  room.onMessage(VoiceMessages.tokenRequest, async (client: ExpoClient, payload: unknown) => {
    const user = client.auth?.user;
    if (!user) return;
    const input = VoiceTokenRequest.safeParse(payload);
    if (!input.success) {
      return client.send(MESSAGES.notice, refusedNotice('invalid', describeZodError(input.error)));
    }
    const failed: VoiceTokenReply = { ok: false, reason: 'failed' };
    if (!mayAsk(client)) return client.send(VoiceMessages.token, failed);
    const reply = await voiceToken(ctx, room.roomId, user).catch((err: unknown) => {
      ctx.log.error({ err, room: room.roomId }, 'could not mint a voice token');
      return failed;
    });
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

/**
 * A mute from an organiser silences the person's voice at once, not just their next connection;
 * lifting it gives the microphone back. Other notices do not concern voice.
 */
export function voiceFollowsMute(room: Room, ctx: RoomContext, user: SessionUser, notice: Notice): void {
  if (!ctx.media || (notice.kind !== 'muted' && notice.kind !== 'unmuted')) return;
  const publish: MediaSource[] = notice.kind === 'unmuted' && can(user, 'voice.talk') ? ['microphone'] : [];
  ctx.media.setPublishing(voiceRoomName(room.roomId), user.id, publish).catch((err: unknown) => {
    ctx.log.warn({ err, room: room.roomId }, 'could not change what a muted visitor may say');
  });
}

/** Someone left the room for good: they leave its voice too, whatever their page still holds. */
export function leaveVoice(room: Room, ctx: RoomContext, user: SessionUser): void {
  // Another tab of the same person in this room shares the LiveKit identity: it keeps its voice.
  if (room.clients.some((c) => (c as ExpoClient).auth?.user.id === user.id)) return;
  ctx.media?.removeParticipant(voiceRoomName(room.roomId), user.id).catch((err: unknown) => {
    ctx.log.warn({ err, room: room.roomId }, 'could not take a departed visitor out of the voice room');
  });
}
