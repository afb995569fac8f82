import { matchMaker } from '@colyseus/core';
import { Router } from 'express';
import type { CountryId } from '../../shared/countries.ts';
import {
  InstanceJoin,
  InstanceRef,
  PavilionRef,
  type InstanceList,
  type PavilionInstance,
} from '../../shared/instances.ts';
import { ROOMS } from '../../shared/protocol.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import { authenticate } from './auth.ts';
import { parseOr400 } from './errors.ts';
import { hallFull, hallGone, seatRefusal } from './seatRefusal.ts';

/** What the matchmaker lists of a room (from any process), as far as halls need it. */
interface Listing {
  roomId: string;
  name: string;
  clients: number;
  maxClients: number;
  locked?: boolean;
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

/**
 * How long a pavilion's list is served again without asking the matchmaker: each query reads
 * every room's listing (a full scan with Redis), and everyone with the halls card open asks.
 */
export const INSTANCES_CACHE_MS = 1500;

/** One matchmaker query per pavilion per INSTANCES_CACHE_MS, however many ask meanwhile. */
function cachedInstances() {
  const cache = new Map<CountryId, { at: number; list: Promise<PavilionInstance[]> }>();
  return (pavilionId: CountryId): Promise<PavilionInstance[]> => {
    const hit = cache.get(pavilionId);
    if (hit && Date.now() - hit.at < INSTANCES_CACHE_MS) return hit.list;
    const list = instancesOf(pavilionId);
    cache.set(pavilionId, { at: Date.now(), list });
    list.catch(() => cache.delete(pavilionId));
    return list;
  };
}

/**
 * The instances (halls) of a pavilion, for anyone signed in: how full each is, listed from every
 * process through the matchmaker; and a seat in the hall one picks, only ever in an instance of
 * that very pavilion (a room id alone could name a meeting or another pavilion).
 */
export function instanceRoutes({ tokens }: { tokens: SessionTokens }) {
  const router = Router();
  const listed = cachedInstances();
  router.use('/api/pavilions/:pavilionId/instances', authenticate(tokens));

  router.get('/api/pavilions/:pavilionId/instances', async (req, res) => {
    const { pavilionId } = parseOr400(PavilionRef, req.params);
    const body: InstanceList = { instances: await listed(pavilionId) };
    res.json(body);
  });

  router.post('/api/pavilions/:pavilionId/instances/:roomId/seat', async (req, res) => {
    const { pavilionId, roomId } = parseOr400(InstanceRef, req.params);
    const join = parseOr400(InstanceJoin, req.body);
    const [listing] = (await matchMaker.query({ roomId, name: ROOMS.pavilion, pavilionId })) as unknown as Listing[];
    if (!listing) throw hallGone(roomId);
    // A room locks itself once its seats are all reserved, before its clients count says full.
    if (listing.locked || listing.clients >= listing.maxClients) throw hallFull(roomId);
    try {
      // The room's own onAuth runs here too, with the same checks as any join (token, protocol, `near`).
      const seat = await matchMaker.joinById(
        roomId,
        { ...join, pavilionId },
        { token: join.token, headers: req.headers, ip: req.ip ?? '' },
      );
      res.json(seat);
    } catch (error) {
      throw seatRefusal(error, roomId);
    }
  });
  return router;
}
