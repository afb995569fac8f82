import { z } from 'zod';
import { CountryId } from './countries.ts';
import { RoomId } from './find.ts';
import { PavilionJoinOptions } from './protocol.ts';

/**
 * A pavilion holds a limited number of people per room; when one is full, the next visitors go
 * to another instance of it. Each instance is a numbered hall ("Hall 2"), so people can say
 * which one they are in and pick the one their friends are in.
 */

export const PavilionRef = z.object({ pavilionId: CountryId });
export const InstanceRef = z.object({ pavilionId: CountryId, roomId: RoomId });
export type InstanceRef = z.infer<typeof InstanceRef>;

export const PavilionInstance = z.object({
  roomId: RoomId,
  /** The hall's number: the smallest one free when the instance opened, kept while it lives. */
  hall: z.number().int().positive(),
  people: z.number().int().nonnegative(),
  capacity: z.number().int().positive(),
});
export type PavilionInstance = z.infer<typeof PavilionInstance>;

/** A pavilion's instances, by hall number. */
export const InstanceList = z.object({ instances: z.array(PavilionInstance) });
export type InstanceList = z.infer<typeof InstanceList>;

/** Joining a chosen instance: the usual join options, without the pavilion (the path names it). */
export const InstanceJoin = PavilionJoinOptions.omit({ pavilionId: true });
export type InstanceJoin = z.infer<typeof InstanceJoin>;

/** A seat kept in the chosen instance, for the client to take up over the room's WebSocket. */
export const SeatReservation = z.object({
  sessionId: z.string().min(1),
  room: z
    .object({
      roomId: RoomId,
      name: z.string(),
      processId: z.string(),
      clients: z.number(),
      maxClients: z.number(),
      publicAddress: z.string().optional(),
    })
    .passthrough(),
});
export type SeatReservation = z.infer<typeof SeatReservation>;
