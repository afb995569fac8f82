import type { z } from 'zod';
import { describeZodError } from '../../shared/errors.ts';
import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import type { MeetingAuth, MeetingClient, MeetingRoomControl } from './MeetingRoom.ts';
import type { RoomContext } from './roomContext.ts';

/** A request the chair or an attendee may not have granted, with the reason to show them. */
export class Refusal extends Error {}

/** Registers one meeting message: `run` gets the sender's auth, the parsed input and the sender's connection. */
export type OnMeetingMessage = <T>(
  type: string,
  schema: z.ZodType<T>,
  who: 'anyone' | 'chair',
  run: (auth: MeetingAuth, input: T, client: MeetingClient) => unknown,
) => void;

/**
 * How every meeting message is handled: validated with its schema, checked that the sender may
 * send it, then acted on; a refusal is a notice to the sender and changes nothing.
 */
export function meetingMessageHandler(room: MeetingRoomControl, ctx: RoomContext): OnMeetingMessage {
  const refuse = (client: MeetingClient, reason: string) =>
    client.send(MESSAGES.notice, { kind: 'message_refused', reason } satisfies Notice);
  return (type, schema, who, run) => {
    room.onMessage(type, async (client: MeetingClient, payload: unknown) => {
      const auth = client.auth;
      if (!auth) return;
      const input = schema.safeParse(payload);
      if (!input.success) return refuse(client, describeZodError(input.error));
      if (who === 'chair' && !auth.chair) return refuse(client, 'only the chair may do this');
      if (room.state.ended) return refuse(client, 'the meeting has ended');
      try {
        await run(auth, input.data, client);
      } catch (err) {
        if (err instanceof Refusal) return refuse(client, err.message);
        ctx.log.error({ err, type, meetingId: room.meetingId }, 'a meeting action failed');
        refuse(client, 'that did not work; please try again');
      }
    });
  };
}
