import { ServerError } from '@colyseus/core';
import { CountryId } from '../../shared/countries.ts';
import { JOIN_ERRORS, PavilionJoinOptions, type Spawn } from '../../shared/protocol.ts';
import type { Zone } from '../../shared/world/world.ts';
import { ExpoRoom, type ExpoAuth } from './ExpoRoom.ts';
import type { RoomContext } from './roomContext.ts';

/** The inside of one country's pavilion; full instances overflow into new ones (filterBy pavilionId). */
export function pavilionRoom(ctx: RoomContext) {
  return class PavilionRoom extends ExpoRoom {
    protected readonly ctx = ctx;
    protected readonly kind = 'pavilion';
    private pavilionId!: CountryId;

    override onCreate(options: unknown): void {
      const id = CountryId.safeParse((options as { pavilionId?: unknown } | undefined)?.pavilionId);
      if (!id.success || !ctx.world.pavilion(id.data)) {
        throw new ServerError(JOIN_ERRORS.bad_request, 'pavilionId: no such pavilion');
      }
      this.pavilionId = id.data;
      this.maxClients = ctx.pavilionCapacity;
      this.setUp();
      this.state.pavilionId = id.data;
      void this.setMetadata({ pavilionId: id.data });
    }

    override async onAuth(_client: unknown, options: unknown): Promise<ExpoAuth> {
      const auth = await this.authenticate(PavilionJoinOptions, options);
      if ((options as { pavilionId: unknown }).pavilionId !== this.pavilionId) {
        throw new ServerError(JOIN_ERRORS.bad_request, 'pavilionId does not match this room');
      }
      return auth;
    }

    protected zone(): Zone {
      return { kind: 'pavilion', id: this.pavilionId };
    }

    protected defaultArrival(): Spawn {
      return ctx.world.entranceOf(this.pavilionId);
    }
  };
}
