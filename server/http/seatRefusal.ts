import { ErrorCode as ColyseusError, ServerError } from '@colyseus/core';
import { ErrorCode } from '../../shared/errors.ts';
import { JOIN_ERRORS } from '../../shared/protocol.ts';
import { HttpError } from './errors.ts';

/*
 * Every reading of @colyseus/core's refusals by their wording lives here, and
 * tests/integration/joinErrors.test.ts makes the installed Colyseus produce each one, so that a
 * change of wording in an upgrade fails that test rather than turning refusals into 500s.
 */

/** Refused joins keep their meaning over HTTP: the join codes mirror the HTTP statuses. */
const JOIN_REFUSALS = new Map<number, { status: number; code: ErrorCode }>(
  Object.entries(JOIN_ERRORS).flatMap(([name, value]) => {
    const code = ErrorCode.safeParse(name);
    return code.success ? [[value, { status: value - 4000, code: code.data }] as const] : [];
  }),
);

export const hallGone = (roomId: string) =>
  new HttpError(404, 'not_found', `hall ${roomId} of this pavilion is closed`);
export const hallFull = (roomId: string) => new HttpError(409, 'room_full', `hall ${roomId} of this pavilion is full`);

/** joinById's "not found" of a room locked (full) between our look at its listing and the join. */
const isLockedRoom = (error: ServerError) => / is locked$/.test(error.message);

/** The owning process refused the seat: a SeatReservationError, which @colyseus/core does not export. */
const isSeatRefused = (error: unknown) => error instanceof Error && error.constructor.name === 'SeatReservationError';

/** A failed reservation as the HTTP answer the client can tell apart: the hall is gone, full, or the join refused. */
export function seatRefusal(error: unknown, roomId: string): HttpError {
  if (error instanceof ServerError) {
    if (error.code === ColyseusError.MATCHMAKE_INVALID_ROOM_ID)
      return isLockedRoom(error) ? hallFull(roomId) : hallGone(roomId);
    const refused = JOIN_REFUSALS.get(error.code);
    if (refused) return new HttpError(refused.status, refused.code, error.message);
  }
  if (isSeatRefused(error)) return hallFull(roomId);
  throw error;
}
