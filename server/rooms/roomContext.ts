import type { Kysely } from 'kysely';
import type { AnnouncementBoard } from '../announcements/announcementBoard.ts';
import type { ExpoWorld } from '../../shared/world/world.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { ResumeTickets } from '../auth/resumeTickets.ts';
import type { CatalogueService } from '../catalogue.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../log.ts';
import type { Media } from '../media/media.ts';
import type { MeetingHub } from '../meetings/meetingHub.ts';
import type { Metrics } from '../metrics.ts';
import type { StageHub } from '../stage/stageHub.ts';
import type { ClientDirectory } from '../moderation/clientDirectory.ts';
import type { Moderation } from '../moderation/moderation.ts';
import type { FindService } from '../find/findService.ts';
import type { TourHub } from '../tours/tourHub.ts';
import type { BoothVisits } from './boothVisits.ts';
import type { InterestLimits } from './interest.ts';
import type { StaffRegistry } from './staffRegistry.ts';

/** What every room needs from the rest of the server, handed over when rooms are defined. */
export interface RoomContext {
  catalogue: CatalogueService;
  db: Kysely<Database>;
  world: ExpoWorld;
  tokens: SessionTokens;
  /** Tickets back to one's spot across a restart. */
  resumeTickets: ResumeTickets;
  metrics: Metrics;
  log: Logger;
  staff: StaffRegistry;
  visits: BoothVisits;
  moderation: Moderation;
  clients: ClientDirectory;
  /** Undefined when voice and video are off on this server. */
  media: Media | undefined;
  stage: StageHub;
  /** Side meetings' lobbies and locks, shared by each meeting's room and lobby. */
  meetings: MeetingHub;
  /** Who is where across the rooms, searching them, and who may come next to whom. */
  find: FindService;
  tours: TourHub;
  /** The organisers' banner, relayed to every room. */
  announcements: AnnouncementBoard;
  reconnectSeconds: number;
  /** How long an offer to exchange business cards waits for an answer. */
  cardOfferSeconds: number;
  plazaCapacity: number;
  pavilionCapacity: number;
  /** How many others each visitor receives the movements of, and from how far. */
  interest: InterestLimits;
}
