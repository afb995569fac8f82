import { JoinOptions, type Spawn } from '../../shared/protocol.ts';
import type { Zone } from '../../shared/world/world.ts';
import { ExpoRoom, type ExpoAuth } from './ExpoRoom.ts';
import { authenticateJoin } from './joinAuth.ts';
import type { RoomContext } from './roomContext.ts';

const PLAZA_ZONE: Zone = { kind: 'plaza' };

/** The open square with the pavilion entrances; visitors arrive here, or come back out of a pavilion. */
export function plazaRoom(ctx: RoomContext) {
  return class PlazaRoom extends ExpoRoom {
    protected readonly ctx = ctx;
    protected readonly kind = 'plaza';

    override onCreate(): void {
      this.maxClients = ctx.plazaCapacity;
      this.setUp();
    }

    static override onAuth(_token: string, options: unknown): Promise<ExpoAuth> {
      return authenticateJoin(ctx, JoinOptions, options);
    }

    protected zone(): Zone {
      return PLAZA_ZONE;
    }

    protected defaultArrival(): Spawn {
      return ctx.world.spawn;
    }
  };
}
