import { matchMaker } from '@colyseus/core';
import { ErrorCode, type Room, type SeatReservation } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCrowdedJoin } from '../../client/net/joinRetry.ts';
import type { ExpoServer } from '../../server/createServer.ts';
import { seatRefusal } from '../../server/http/seatRefusal.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { colyseusClient, newSession, startTestServer, until } from '../fixtures/server.ts';

/*
 * The installed Colyseus, made to give each refusal that server/http/seatRefusal.ts and
 * client/net/joinRetry.ts recognise by its wording: an upgrade that rewords one fails here.
 */

let server: ExpoServer;
const open: Room[] = [];
beforeAll(async () => {
  server = await startTestServer({ PAVILION_CAPACITY: '2', RECONNECT_SECONDS: '0' });
});
afterAll(async () => {
  await Promise.all(open.map((r) => r.leave(true).catch(() => undefined)));
  await server.close();
});

const PAVILION = 'hu';

async function joinOptions() {
  const { token } = await newSession(server);
  return { token, protocol: PROTOCOL_VERSION, pavilionId: PAVILION };
}

/** A full hall of the pavilion: its two seats taken, so Colyseus has locked it. */
async function fullHall(): Promise<string> {
  const a = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, await joinOptions());
  const b = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, await joinOptions());
  expect(b.roomId).toBe(a.roomId);
  open.push(a, b);
  await until(async () => (await matchMaker.query({ roomId: a.roomId }))[0]?.locked === true, 5000, 'locked');
  return a.roomId;
}

/** What matchMaker.joinById (as the seat endpoint calls it) throws for this room. */
async function joinByIdError(roomId: string): Promise<unknown> {
  const options = await joinOptions();
  return matchMaker.joinById(roomId, options, { token: options.token, headers: {}, ip: '127.0.0.1' } as never).then(
    () => new Error('a seat was reserved'),
    (error: unknown) => error,
  );
}

describe('Colyseus refusals as the server and the client read them', { timeout: 60_000 }, () => {
  it('the seat endpoint tells a closed hall, a locked (full) one and a refused seat apart', async () => {
    expect(seatRefusal(await joinByIdError('noSuchRoom'), 'noSuchRoom')).toMatchObject({ status: 404 });

    const roomId = await fullHall();
    expect(seatRefusal(await joinByIdError(roomId), roomId)).toMatchObject({ status: 409, code: 'room_full' });

    // Unlocked but full: the owning process refuses the seat itself (a SeatReservationError).
    matchMaker.getLocalRoomById(roomId).unlock();
    await until(async () => (await matchMaker.query({ roomId }))[0]?.locked === false, 5000, 'unlocked');
    const refused = await joinByIdError(roomId);
    expect(seatRefusal(refused, roomId)).toMatchObject({ status: 409, code: 'room_full' });
    // The client's joinOrCreate gets this very refusal's text, under the matchmaker's catch-all
    // code, once Colyseus's retries are spent (a round trip here ends in a socket hang-up first).
    expect(isCrowdedJoin({ code: ErrorCode.MATCHMAKE_UNHANDLED, message: (refused as Error).message })).toBe(true);
  });

  it('the client takes a lapsed seat reservation for a crowded join', async () => {
    // Another pavilion than the one whose full hall the test above unlocked.
    const options = { ...(await joinOptions()), pavilionId: 'az' };
    const { token } = options;
    const seat = (await matchMaker.joinOrCreate(ROOMS.pavilion, options, {
      token,
      headers: {},
      ip: '127.0.0.1',
    } as never)) as unknown as SeatReservation;
    // Another session id than the one reserved: the room has no seat for it, as once one lapsed.
    const error = await colyseusClient(server)
      .consumeSeatReservation({ ...seat, sessionId: 'lapsedSeat' })
      .then(
        (room) => (open.push(room), new Error('took a seat never reserved')),
        (e: unknown) => e,
      );
    expect(isCrowdedJoin(error)).toBe(true);
  });
});
