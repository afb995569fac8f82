import { z } from 'zod';
import { hasControlCharacter } from './chat.ts';
import { CountryId } from './countries.ts';
import { MeetingHall } from './meetings.ts';

/** Organisers set up the meeting halls that delegates book; the limits keep a hall card readable. */
export const HALL_LIMITS = {
  nameLength: 60,
  /** Seats around one table: a side meeting, not a plenary. */
  maxSeats: 500,
} as const;

const HallName = z
  .string()
  .trim()
  .min(1)
  .max(HALL_LIMITS.nameLength)
  .refine((name) => !hasControlCharacter(name), 'no control characters');
const Seats = z.number().int().min(1).max(HALL_LIMITS.maxSeats);

/** `POST /api/meetings/halls`: a new hall; its id is made from its name. */
export const HallCreate = z.strictObject({ name: HallName, country: CountryId, seats: Seats });
export type HallCreate = z.infer<typeof HallCreate>;

/** `PATCH /api/meetings/halls/:id`: any of the three, at least one. */
export const HallChange = z
  .strictObject({ name: HallName.optional(), country: CountryId.optional(), seats: Seats.optional() })
  .refine((c) => c.name !== undefined || c.country !== undefined || c.seats !== undefined, 'nothing to change');
export type HallChange = z.infer<typeof HallChange>;

export const HallAnswer = z.object({ hall: MeetingHall });
export type HallAnswer = z.infer<typeof HallAnswer>;
