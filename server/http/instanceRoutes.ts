import { ErrorCode as ColyseusError, matchMaker, ServerError } from '@colyseus/core';
import { Router } from 'express';
import type { CountryId } from '../../shared/countries.ts';
import { ErrorCode } from '../../shared/errors.ts';
import {
  InstanceJoin,
  InstanceRef,
  PavilionRef,
  type InstanceList,
  type PavilionInstance,
} from '../../shared/instances.ts';
import { JOIN_ERRORS, ROOMS } from '../../shared/protocol.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { authenticate } from './auth.ts';
import { HttpError, parseOr400 } from './errors.ts';

/** What the matchmaker lists of a room (from any process), as far as halls need it. */
interface Listing {
  roomId: string;
  name: string;
  clients: number;
  maxClients: number;
  pavilionId?: unknown;
  metadata?: { hall?: unknown };
}

/** The pavilion's open instances, in hall order; one still opening has no number yet and is left out. */
async function instancesOf(pavilionId: CountryId): Promise<PavilionInstance[]> {
  const listings = (await matchMaker.query({ name: ROOMS.pavilion, pavilionId })) as unknown as Listing[];
  return listings
    .flatMap(({ roomId, clients, maxClients, metadata }) =>
      typeof metadata?.hall === 'number'
        ? [{ roomId, hall: metadata.hall, people: Math.max(0, clients), capacity: maxClients }]
        : [],
    )
    .sort((a, b) => a.hall - b.hall);
}

/** Refused joins keep their meaning over HTTP: the join codes mirror the HTTP statuses. */
const JOIN_REFUSALS = new Map<number, { status: number; code: ErrorCode }>(
  Object.entries(JOIN_ERRORS).flatMap(([name, value]) => {
    const code = ErrorCode.safeParse(name);
    return code.success ? [[value, { status: value - 4000, code: code.data }] as const] : [];
  }),
);

const gone = (roomId: string) => new HttpError(404, 'not_found', `hall ${roomId} of this pavilion is closed`);
const full = (roomId: string) => new HttpError(409, 'room_full', `hall ${roomId} of this pavilion is full`);

/** A failed reservation as the HTTP answer the client can tell apart: the hall is gone, full, or the join refused. */
function refusalOf(error: unknown, roomId: string): HttpError {
  if (error instanceof ServerError) {
    // The matchmaker says "not found" of a room that closed and of one locked because it is full.
    if (error.code === ColyseusError.MATCHMAKE_INVALID_ROOM_ID)
      return /locked/.test(error.message) ? full(roomId) : gone(roomId);
    const refused = JOIN_REFUSALS.get(error.code);
    if (refused) return new HttpError(refused.status, refused.code, error.message);
  }
  // The owning process refused the seat (a SeatReservationError, which @colyseus/core does not export).
  if (error instanceof Error && error.constructor.name === 'SeatReservationError') return full(roomId);
  throw error;
}

/**
 * The instances (halls) of a pavilion, for anyone signed in: how full each is, listed from every
 * process through the matchmaker; and a seat in the hall one picks, only ever in an instance of
 * that very pavilion (a room id alone could name a meeting or another pavilion).
 */
export function instanceRoutes({ tokens }: { tokens: SessionTokens }) {
  const router = Router();
  router.use('/api/pavilions/:pavilionId/instances', authenticate(tokens));

  router.get('/api/pavilions/:pavilionId/instances', async (req, res) => {
    const { pavilionId } = parseOr400(PavilionRef, req.params);
    const body: InstanceList = { instances: await instancesOf(pavilionId) };
    res.json(body);
  });

  router.post('/api/pavilions/:pavilionId/instances/:roomId/seat', async (req, res) => {
    const { pavilionId, roomId } = parseOr400(InstanceRef, req.params);
    const join = parseOr400(InstanceJoin, req.body);
    const [listing] = (await matchMaker.query({ roomId, name: ROOMS.pavilion, pavilionId })) as unknown as Listing[];
    if (!listing) throw gone(roomId);
    if (listing.clients >= listing.maxClients) throw full(roomId);
    try {
      // The room's own onAuth runs here too, with the same checks as any join (token, protocol, `near`).
      const seat = await matchMaker.joinById(
        roomId,
        { ...join, pavilionId },
        { token: join.token, headers: req.headers, ip: req.ip ?? '' },
      );
      res.json(seat);
    } catch (error) {
      throw refusalOf(error, roomId);
    }
  });
  return router;
}
