import { matchMaker, type Presence } from '@colyseus/core';
import { ROOMS } from '../../shared/protocol.ts';

/** How long the choice of a home for a group is remembered after the last room of it was placed. */
const CLAIM_SECONDS = 10;
/** How long a process waits for another that is placing the same group right now. */
const CLAIM_WAIT_MS = 2000;
const NEXT_KEY = 'tm:placement:next';

/** Rooms that must share a process: a name for the group, and how to find its rooms' listings. */
export interface RoomGroup {
  key: string;
  listings: Record<string, string>[];
}

/**
 * Rooms that must live in one process: every instance of a pavilion, and a meeting with its lobby.
 * The stage hub, the staff registry and the meeting hub are kept in each process's memory, and
 * they must see all of a pavilion's (a meeting's) rooms: the stage and its queue are shared by
 * all instances of a pavilion, a booth's staff count sums them, and a meeting's chair lets in
 * the people knocking in its lobby.
 */
export function groupOf(roomName: string, options: Record<string, unknown>): RoomGroup | undefined {
  const { pavilionId, meetingId } = options;
  if (roomName === ROOMS.pavilion && typeof pavilionId === 'string') {
    return { key: `pavilion:${pavilionId}`, listings: [{ name: ROOMS.pavilion, pavilionId }] };
  }
  if ((roomName === ROOMS.meeting || roomName === ROOMS.meetingLobby) && typeof meetingId === 'string') {
    return {
      key: `meeting:${meetingId}`,
      listings: [
        { name: ROOMS.meeting, meetingId },
        { name: ROOMS.meetingLobby, meetingId },
      ],
    };
  }
  return undefined;
}

async function processHosting(group: RoomGroup, live: string[]): Promise<string | undefined> {
  for (const conditions of group.listings) {
    // A listing left by a process that crashed names a process that is gone: not a home.
    const hosted = (await matchMaker.query(conditions)).find((room) => live.includes(room.processId));
    if (hosted) return hosted.processId;
  }
  return undefined;
}

/** The live process hosting the rooms of `roomName`'s group (see groupOf), or undefined when none does. */
export async function processHostingGroup(
  roomName: string,
  options: Record<string, unknown>,
): Promise<string | undefined> {
  const group = groupOf(roomName, options);
  if (!group) return undefined;
  return processHosting(group, await liveProcesses());
}

const liveProcesses = async () => (await matchMaker.stats.fetchAll()).map((p) => p.processId).sort();

/**
 * Which process creates a new room, when several share rooms through Redis: the process that
 * already hosts its group (see groupOf), otherwise the next live process in turn, so new
 * pavilions, meetings and plaza instances spread evenly. A turn from a shared counter, rather
 * than Colyseus's "fewest rooms" from counts refreshed once a second, keeps rooms created
 * together from piling onto one process.
 */
export function placeRoomsByGroup(presence: Presence) {
  const inTurn = async (live: string[]) => live[(await presence.incr(NEXT_KEY)) % live.length]!;
  return async (roomName: string, options: Record<string, unknown>): Promise<string> => {
    const live = await liveProcesses();
    if (live.length <= 1) return live[0] ?? matchMaker.processId;
    const group = groupOf(roomName, options);
    if (!group) return inTurn(live);
    const hosting = await processHosting(group, live);
    if (hosting) return hosting;
    // No room of the group is listed yet, and one may be on its way: a room is listed only after
    // its onCreate. The first to count itself here chooses; the others wait for its choice.
    const claim = `tm:placement:${group.key}`;
    if ((await presence.hincrbyex(claim, 'claims', 1, CLAIM_SECONDS)) > 1) {
      for (const deadline = Date.now() + CLAIM_WAIT_MS; Date.now() < deadline;) {
        const chosen = await presence.hget(claim, 'process');
        if (chosen && live.includes(chosen)) return chosen;
        if (chosen) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    const chosen = await inTurn(live);
    await presence.hset(claim, 'process', chosen);
    return chosen;
  };
}
