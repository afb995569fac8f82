import type { Room } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import {
  CHAT_LIMITS,
  ChatDelete,
  ChatMessages,
  ChatSend,
  type ChatDeleted,
  type ChatHistory,
  type ChatMessage,
} from '../../shared/chat.ts';
import { describeZodError } from '../../shared/errors.ts';
import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import type { Zone } from '../../shared/world/world.ts';
import { can } from '../auth/permissions.ts';
import { deleteChatMessage, recentChat, recentDirect, saveChatMessage } from '../db/chatStore.ts';
import { findSession } from '../db/sessionStore.ts';
import type { Mute } from '../moderation/moderation.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import { clientsNear } from './nearby.ts';
import type { RoomContext } from './roomContext.ts';
import { refusedNotice } from './refusedNotice.ts';
import { publish } from '../bus/publish.ts';

/** Presence topic on which a deleted room or nearby message reaches every room of its channel. */
const DELETED_TOPIC = 'chat.deleted';

interface DeletedInChannel extends ChatDeleted {
  channel: string;
}

export interface RoomChat {
  /** Sends a newcomer the channel's recent messages, their own direct messages, and their mute if any. */
  welcome(client: ExpoClient, user: SessionUser): Promise<void>;
}

/** The chat channel of a zone; the instances of one pavilion share theirs. */
export function chatChannel(zone: Zone): string {
  return zone.kind === 'plaza' ? 'plaza' : `pavilion:${zone.id}`;
}

export function muteNotice(mute: Mute): Notice {
  return { kind: 'muted', reason: mute.reason || undefined, until: mute.until ? mute.until.toISOString() : null };
}

/**
 * The chat of a plaza or pavilion room: room-wide, nearby and direct messages, and organisers'
 * deletions. Each message is checked (permission, mute, rate, shape) before anything is stored
 * or sent; a refusal tells the sender why and changes nothing.
 */
export function registerChatHandlers(room: Room, ctx: RoomContext, zone: Zone): RoomChat {
  const channel = chatChannel(zone);
  const refuse = (client: ExpoClient, notice: Notice) => client.send(MESSAGES.notice, notice);
  // Only to connections that show a chat (plaza and pavilions, in any process): a side meeting's
  // client would not know the message.
  const toUser = (userId: string, type: string, message: unknown) => ctx.clients.send(userId, type, message, 'chat');

  async function send(client: ExpoClient, payload: unknown): Promise<void> {
    const walker = client.userData;
    const user = client.auth?.user;
    if (!walker || !user) return;
    if (!can(user, 'chat.send')) return refuse(client, refusedNotice('not_allowed', 'your role may not chat here'));
    const mute = ctx.moderation.muteOf(user.id);
    if (mute) return refuse(client, muteNotice(mute));
    if (!walker.chat.tryTake(Date.now())) return refuse(client, { kind: 'throttled' });
    const parsed = ChatSend.safeParse(payload);
    if (!parsed.success) return refuse(client, refusedNotice('invalid', describeZodError(parsed.error)));
    const { kind, text, toId } = parsed.data;
    let to: ChatMessage['to'];
    if (kind === 'direct') {
      if (toId === user.id) return refuse(client, refusedNotice('chat_self', 'toId: you cannot write to yourself'));
      const person = await findSession(ctx.db, toId!);
      if (!person) return refuse(client, refusedNotice('chat_nobody', 'toId: there is nobody with this id'));
      to = { id: person.user_id, name: person.name };
    }
    const message = await saveChatMessage(ctx.db, user, { room: channel, kind, text, to });
    if (kind === 'room') room.broadcast(MESSAGES.chat, message);
    else if (kind === 'nearby') for (const near of clientsNear(room, client)) near.send(MESSAGES.chat, message);
    else {
      // Every live connection of both people, in whatever room: the sender's other tabs see it too.
      toUser(to!.id, MESSAGES.chat, message);
      toUser(user.id, MESSAGES.chat, message);
    }
  }

  async function remove(client: ExpoClient, payload: unknown): Promise<void> {
    const user = client.auth?.user;
    if (!user) return;
    if (!can(user, 'chat.delete'))
      return refuse(client, refusedNotice('not_allowed', `the ${user.role} role may not delete messages`));
    const parsed = ChatDelete.safeParse(payload);
    if (!parsed.success) return refuse(client, refusedNotice('invalid', describeZodError(parsed.error)));
    const gone = await deleteChatMessage(ctx.db, parsed.data.id, user.id);
    if (!gone)
      return refuse(client, refusedNotice('chat_no_message', 'there is no such message, or it is deleted already'));
    const deleted: ChatDeleted = { id: gone.id };
    ctx.log.info({ by: user.id, message: gone.id, kind: gone.kind }, 'chat message deleted');
    if (gone.kind === 'direct') {
      toUser(gone.from_id, ChatMessages.deleted, deleted);
      if (gone.to_id) toUser(gone.to_id, ChatMessages.deleted, deleted);
    } else {
      // Every room of the channel, this one included, hears it back from the bus; with Redis a moment later.
      publish(room.presence, DELETED_TOPIC, { ...deleted, channel: gone.room } satisfies DeletedInChannel);
    }
  }

  // One after another, so that everyone sees the room's messages in the order they were sent; a
  // failure (the database away) is logged and told, and the queue goes on.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (client: ExpoClient, run: () => Promise<void>) => {
    queue = queue.then(run).catch((err: unknown) => {
      ctx.log.error({ err, room: room.roomId }, 'a chat message failed');
      refuse(client, refusedNotice('try_again', 'the message could not be handled; please try again'));
    });
  };
  room.onMessage(MESSAGES.chat, (client: ExpoClient, payload: unknown) => enqueue(client, () => send(client, payload)));
  room.onMessage(ChatMessages.delete, (client: ExpoClient, payload: unknown) =>
    enqueue(client, () => remove(client, payload)),
  );

  // Whoever has a deleted message may be in any instance of its channel, so each room hears of it.
  const onDeleted = ({ id, channel: of }: DeletedInChannel) => {
    if (of === channel) room.broadcast(ChatMessages.deleted, { id } satisfies ChatDeleted);
  };
  void room.presence.subscribe(DELETED_TOPIC, onDeleted);
  // A room has no dispose hook for helpers other than its own events; without this the presence would keep the room.
  room._events.once('dispose', () => room.presence.unsubscribe(DELETED_TOPIC, onDeleted));

  return {
    async welcome(client, user) {
      if (client.userData) ctx.clients.include('chat', client.userData.presence);
      try {
        const [roomMessages, direct] = await Promise.all([
          recentChat(ctx.db, channel, CHAT_LIMITS.history),
          recentDirect(ctx.db, user.id, CHAT_LIMITS.directHistory),
        ]);
        const messages = [...roomMessages, ...direct].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        client.send(MESSAGES.chatHistory, { messages } satisfies ChatHistory);
        const mute = ctx.moderation.muteOf(user.id);
        if (mute) client.send(MESSAGES.notice, muteNotice(mute));
      } catch (err) {
        ctx.log.error({ err, room: room.roomId }, 'could not read the chat history');
      }
    },
  };
}
