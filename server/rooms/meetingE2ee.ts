import {
  E2eeHave,
  E2eeHello,
  E2eeSeal,
  MeetingRoomMessages,
  type E2eeSealed,
  type MeetingRoomState,
} from '../../shared/meetingRoom.ts';
import type { MeetingRoomControl } from './MeetingRoom.ts';
import { Refusal, type OnMeetingMessage } from './meetingMessage.ts';

/**
 * The key exchange of an end-to-end encrypted meeting (the protocol: E2EE in
 * shared/meetingRoom.ts). The server only chooses the key holder, shows public keys and relays
 * sealed keys between connections in the room; it never holds a meeting key, and stores nothing.
 */

/**
 * Chooses who makes and hands out the meeting key. Rules:
 * - a holder who is here (not away) and may still send (`usable`) stays the holder;
 * - otherwise the first chair here with a public key takes over, or, with no chair here, the
 *   first attendee here with a public key; nobody (`''`) while no one has said hello;
 * - every new holder means a new key: `keyEpoch` goes up, and the new holder makes the key of
 *   that epoch. (The security code is made from the key and the holder's public key, so a key
 *   handed on by a second holder would show a different code.)
 */
export function electKeyHolder(state: MeetingRoomState, usable: (sessionId: string) => boolean): void {
  if (!state.e2ee) return;
  const current = state.attendees.get(state.keyHolder);
  if (current && !current.away && usable(state.keyHolder)) return;
  let next = '';
  for (const [sessionId, attendee] of state.attendees) {
    if (attendee.away || !attendee.e2eeKey || !usable(sessionId)) continue;
    if (attendee.chair) {
      next = sessionId;
      break;
    }
    next ||= sessionId;
  }
  if (next === state.keyHolder) return;
  state.keyHolder = next;
  if (next) state.keyEpoch++;
}

/** The holder makes a new key (after a removal); a holder that may no longer send is replaced. */
export function renewKey(state: MeetingRoomState, usable: (sessionId: string) => boolean): void {
  if (!state.e2ee) return;
  const epoch = state.keyEpoch;
  electKeyHolder(state, usable);
  if (state.keyEpoch === epoch && state.keyHolder) state.keyEpoch++;
}

export function attachE2eeHandlers(room: MeetingRoomControl, on: OnMeetingMessage): void {
  const { state } = room;
  const encrypted = () => {
    if (!state.e2ee) throw new Refusal('e2ee_off', 'this meeting is not end-to-end encrypted');
  };

  on(MeetingRoomMessages.e2eeHello, E2eeHello, 'anyone', (_auth, { publicKey }, client) => {
    encrypted();
    const attendee = state.attendees.get(client.sessionId);
    if (!attendee) return;
    // One key pair per connection: a second, different key would split who can read what.
    if (attendee.e2eeKey && attendee.e2eeKey !== publicKey)
      throw new Refusal('e2ee_key', 'this connection already has a key; join again for a new one');
    attendee.e2eeKey = publicKey;
    room.electKeyHolder();
  });

  on(MeetingRoomMessages.e2eeSeal, E2eeSeal, 'anyone', (_auth, { to, epoch, iv, data }, client) => {
    encrypted();
    if (client.sessionId !== state.keyHolder)
      throw new Refusal('e2ee_key', 'only the key holder hands out the meeting key');
    if (epoch !== state.keyEpoch) throw new Refusal('e2ee_key', 'that meeting key is out of date');
    const fromKey = state.attendees.get(client.sessionId)?.e2eeKey;
    const recipient = state.attendees.get(to);
    const connection = room.clients.getById(to);
    if (!fromKey || !recipient?.e2eeKey || to === client.sessionId || !connection)
      throw new Refusal('not_in_meeting', 'they are not in the meeting');
    connection.send(MeetingRoomMessages.e2eeSealed, {
      from: client.sessionId,
      fromKey,
      epoch,
      iv,
      data,
    } satisfies E2eeSealed);
  });

  on(MeetingRoomMessages.e2eeHave, E2eeHave, 'anyone', (_auth, { epoch }, client) => {
    encrypted();
    const attendee = state.attendees.get(client.sessionId);
    // A late word about a key already replaced changes nothing.
    if (!attendee?.e2eeKey || epoch !== state.keyEpoch) return;
    attendee.keyEpoch = epoch;
  });
}
