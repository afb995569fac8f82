import { z } from 'zod';
import { CountryId } from './countries.ts';
import { ResumeTicketText, Spawn } from './protocol.ts';

/**
 * server → client, just before a restart closes the room (then the close code `serverShutdown`):
 * the ticket to join again with, which puts the visitor back where they stood.
 */
export const ServerRestarting = z.object({ ticket: ResumeTicketText });
export type ServerRestarting = z.infer<typeof ServerRestarting>;

export const ZoneSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plaza') }),
  z.object({ kind: z.literal('pavilion'), id: CountryId }),
]);

/** What a resume ticket vouches for: where its holder stood, in which zone, facing where. */
export const ResumeSpot = Spawn.extend({ zone: ZoneSchema });
export type ResumeSpot = z.infer<typeof ResumeSpot>;

/** How long a ticket stays good: long enough for a restart, too short to be worth keeping. */
export const RESUME_TICKET_SECONDS = 300;
