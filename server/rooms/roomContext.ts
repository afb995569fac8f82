import type { Catalogue } from '../../shared/catalogue.ts';
import type { ExpoWorld } from '../../shared/world/world.ts';
import type { SessionTokens } from '../auth/sessions.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';

/** What every room needs from the rest of the server, handed over when rooms are defined. */
export interface RoomContext {
  catalogue: Catalogue;
  world: ExpoWorld;
  tokens: SessionTokens;
  metrics: Metrics;
  log: Logger;
  reconnectSeconds: number;
  plazaCapacity: number;
  pavilionCapacity: number;
}
