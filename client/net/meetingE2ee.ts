import type { Room } from 'colyseus.js';
import {
  E2eeHave,
  E2eeHello,
  E2eeSeal,
  E2eeSealed,
  MeetingRoomMessages,
  type MeetingRoomState,
} from '../../shared/meetingRoom.ts';
import { useMeetingCall } from '../state/meetingCall.ts';
import { setMeetingKey } from './meetingCall.ts';
import {
  makeKeyPair,
  newMeetingKey,
  sealMeetingKey,
  securityCode,
  unsealMeetingKey,
  type E2eeKeyPair,
} from './meetingKeys.ts';

/**
 * The visitor's side of an end-to-end encrypted meeting's key exchange (protocol: E2EE in
 * shared/meetingRoom.ts): one key pair per connection, hello with its public key, the meeting
 * key made when the server names this connection the holder, sealed to everyone whose epoch is
 * behind, or unsealed from the holder. The key goes to the call (setMeetingKey) and the security
 * code to useMeetingCall. Nothing here is kept beyond the page.
 */

/** A seal that brought no `have` is sent again after this long (the recipient's line may have dropped). */
const RESEAL_MS = 5000;

interface HeldKey {
  key: Uint8Array;
  epoch: number;
  /** The public key of the holder it came from (one's own when holding it), for the security code. */
  holderKey: string;
}

let room: Room<MeetingRoomState> | null = null;
let meetingId = '';
/** The Colyseus session the key pair belongs to; a reconnection keeps it. */
let session: string | null = null;
let making: Promise<E2eeKeyPair> | null = null;
let pair: E2eeKeyPair | null = null;
let helloSent = false;
let held: HeldKey | null = null;
/** Seals that came before the state that explains them. */
let early: E2eeSealed | null = null;
/** When each attendee was last sent the key of an epoch: `session|epoch|public key` → ms. */
const sealedAt = new Map<string, number>();
let resealTimer: ReturnType<typeof setTimeout> | undefined;

/** Drops every key: the visitor left the meeting. */
export function forgetE2ee(): void {
  room = null;
  session = null;
  making = null;
  pair = null;
  helloSent = false;
  held = null;
  early = null;
  sealedAt.clear();
  clearTimeout(resealTimer);
  setMeetingKey(null);
  useMeetingCall.setState({ securityCode: null });
}

function send<T>(type: string, schema: { parse(value: unknown): T }, body: T): void {
  room?.send(type, schema.parse(body));
}

/** Takes a meeting key as the one in use: the call encrypts with it, the page shows its code. */
async function adopt(next: HeldKey): Promise<void> {
  held = next;
  setMeetingKey(next.key);
  send(MeetingRoomMessages.e2eeHave, E2eeHave, { epoch: next.epoch });
  const code = await securityCode(next.key, next.holderKey);
  if (held === next) useMeetingCall.setState({ securityCode: code });
}

/** Follows the room's state: hello once, the key made when holding it, seals for whoever lacks it. */
export function syncE2ee(joined: Room<MeetingRoomState>, id: string): void {
  const { state } = joined;
  if (!state.e2ee) return;
  if (session !== joined.sessionId) {
    forgetE2ee();
    session = joined.sessionId;
  }
  room = joined;
  meetingId = id;
  if (!pair) {
    making ??= makeKeyPair();
    const mine = making;
    void mine.then((made) => {
      if (making !== mine || !room) return;
      pair = made;
      syncE2ee(room, meetingId);
    });
    return;
  }
  const me = state.attendees.get(session);
  if (me && me.e2eeKey !== pair.publicKey && !helloSent) {
    helloSent = true;
    send(MeetingRoomMessages.e2eeHello, E2eeHello, { publicKey: pair.publicKey });
  }
  if (early) void receiveSealed(early);
  if (state.keyHolder !== session || state.keyEpoch === 0) return;
  if (held?.epoch !== state.keyEpoch) {
    void adopt({ key: newMeetingKey(), epoch: state.keyEpoch, holderKey: pair.publicKey });
  }
  sealForOthers(state, pair);
}

function sealForOthers(state: MeetingRoomState, own: E2eeKeyPair): void {
  const current = held;
  if (!current || current.epoch !== state.keyEpoch) return;
  const now = Date.now();
  let waiting = false;
  for (const [to, attendee] of state.attendees) {
    if (to === session || !attendee.e2eeKey || attendee.away || attendee.keyEpoch === current.epoch) continue;
    waiting = true;
    const tag = `${to}|${current.epoch}|${attendee.e2eeKey}`;
    if (now - (sealedAt.get(tag) ?? 0) < RESEAL_MS) continue;
    sealedAt.set(tag, now);
    const context = { meetingId, epoch: current.epoch, recipientKey: attendee.e2eeKey };
    void sealMeetingKey(current.key, own.privateKey, context).then((sealed) => {
      if (held === current) send(MeetingRoomMessages.e2eeSeal, E2eeSeal, { to, epoch: current.epoch, ...sealed });
    });
  }
  clearTimeout(resealTimer);
  if (waiting) resealTimer = setTimeout(() => room && syncE2ee(room, meetingId), RESEAL_MS + 100);
}

/** A seal relayed from the key holder: opened with this connection's private key, or ignored. */
export async function receiveSealed(raw: unknown): Promise<void> {
  const parsed = E2eeSealed.safeParse(raw);
  if (!parsed.success || !room || !pair || !session) return;
  const sealed = parsed.data;
  const { state } = room;
  early = null;
  if (sealed.epoch > state.keyEpoch) {
    early = sealed;
    return;
  }
  if (sealed.from !== state.keyHolder || sealed.epoch !== state.keyEpoch || held?.epoch === sealed.epoch) return;
  const own = pair;
  try {
    const key = await unsealMeetingKey(sealed, own.privateKey, sealed.fromKey, {
      meetingId,
      epoch: sealed.epoch,
      recipientKey: own.publicKey,
    });
    if (pair !== own || room?.state.keyEpoch !== sealed.epoch) return;
    await adopt({ key, epoch: sealed.epoch, holderKey: sealed.fromKey });
  } catch {
    // Not sealed for this key pair: the holder tries again, or a new holder makes a new key.
  }
}
