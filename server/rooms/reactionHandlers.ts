import type { Room } from '@colyseus/core';
import { describeZodError } from '../../shared/errors.ts';
import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import { REACTION_LIMITS, ReactionMessages, ReactionSend, type Reaction } from '../../shared/reactions.ts';
import { clientBudget } from '../limits/clientBudget.ts';
import { muteNotice } from './chatHandlers.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import { clientsNear } from './nearby.ts';
import type { RoomContext } from './roomContext.ts';
import { refusedNotice } from './refusedNotice.ts';

/**
 * Reactions (wave, applause, ...): shown above the sender's avatar to the people near them,
 * the sender included. They have their own rate limit, apart from chat's, and a muted person
 * cannot react either.
 */
export function registerReactionHandlers(room: Room, ctx: RoomContext): void {
  const mayReact = clientBudget(1000 / REACTION_LIMITS.intervalMs, REACTION_LIMITS.burst);
  const refuse = (client: ExpoClient, notice: Notice) => client.send(MESSAGES.notice, notice);

  room.onMessage(ReactionMessages.react, (client: ExpoClient, payload: unknown) => {
    const walker = client.userData;
    const user = client.auth?.user;
    if (!walker || !user) return;
    const mute = ctx.moderation.muteOf(user.id);
    if (mute) return refuse(client, muteNotice(mute));
    if (!mayReact(walker)) return refuse(client, { kind: 'throttled' });
    const parsed = ReactionSend.safeParse(payload);
    if (!parsed.success) return refuse(client, refusedNotice('invalid', describeZodError(parsed.error)));
    const reaction: Reaction = { sessionId: client.sessionId, emote: parsed.data.emote };
    for (const near of clientsNear(room, client)) near.send(ReactionMessages.react, reaction);
  });
}
