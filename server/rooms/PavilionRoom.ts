import { ServerError } from '@colyseus/core';
import { CountryId } from '../../shared/countries.ts';
import { JOIN_ERRORS, PavilionJoinOptions, type Spawn } from '../../shared/protocol.ts';
import type { Zone } from '../../shared/world/world.ts';
import type { SessionUser } from '../../shared/api.ts';
import { ExpoRoom, type ExpoAuth, type ExpoClient } from './ExpoRoom.ts';
import { authenticateJoin } from './joinAuth.ts';
import { claimHallNumber, type HallNumber } from './hallNumbers.ts';
import { attachStage, greetAtStage } from './stageHandlers.ts';
import type { RoomContext } from './roomContext.ts';

/**
 * How long a seat reserved in a pavilion waits for its visitor's WebSocket. Shorter than the
 * 15 s default: in a rush of arrivals, seats reserved by clients that never came would keep
 * an instance looking full and push everyone after them into overflow instances.
 */
export const PAVILION_SEAT_SECONDS = 8;

/** The inside of one country's pavilion; full instances overflow into new ones (filterBy pavilionId), each a numbered hall. */
export function pavilionRoom(ctx: RoomContext) {
  return class PavilionRoom extends ExpoRoom {
    protected readonly ctx = ctx;
    protected readonly kind = 'pavilion';
    private pavilionId!: CountryId;
    private unwatchStaff: (() => void) | undefined;
    private unwatchStage: (() => void) | undefined;
    private hall: HallNumber | undefined;

    override async onCreate(options: unknown): Promise<void> {
      const id = CountryId.safeParse((options as { pavilionId?: unknown } | undefined)?.pavilionId);
      if (!id.success || !ctx.world.pavilion(id.data)) {
        throw new ServerError(JOIN_ERRORS.bad_request, 'pavilionId: no such pavilion');
      }
      this.pavilionId = id.data;
      this.maxClients = ctx.pavilionCapacity;
      this.setSeatReservationTime(PAVILION_SEAT_SECONDS);
      this.setUp();
      this.state.pavilionId = id.data;
      this.hall = await claimHallNumber(this.presence, id.data, this.roomId);
      try {
        await this.setMetadata({ pavilionId: id.data, hall: this.hall.hall });
      } catch (error) {
        // A room that fails to open never reaches onDispose.
        await this.hall.release().catch(() => undefined);
        throw error;
      }
      this.unwatchStage = attachStage(this, ctx, id.data);
      this.unwatchStaff = ctx.staff.watch(id.data, (counts) => {
        for (const booth of this.state.staff.keys()) if (!counts.has(booth)) this.state.staff.delete(booth);
        for (const [booth, count] of counts) this.state.staff.set(booth, Math.min(count, 255));
      });
    }

    /** Returns the release so that Colyseus waits for it (a shutdown would otherwise cut it off). */
    override onDispose(): Promise<void> {
      super.onDispose();
      this.unwatchStaff?.();
      this.unwatchStage?.();
      return (this.hall?.release() ?? Promise.resolve()).catch((err: unknown) =>
        ctx.log.error({ err, room: this.roomId }, 'could not free a hall number'),
      );
    }

    /** An exhibitor of one of this pavilion's booths is staff while they are here. */
    private staffedBooth(user: SessionUser): string | undefined {
      if (user.role !== 'exhibitor' || !user.boothId) return undefined;
      return ctx.world.booths.some((b) => b.id === user.boothId && b.pavilionId === this.pavilionId)
        ? user.boothId
        : undefined;
    }

    protected override onArrived(client: ExpoClient, user: SessionUser): void {
      const booth = this.staffedBooth(user);
      if (booth) ctx.staff.arrive(this.pavilionId, booth);
      greetAtStage(client, ctx, this.pavilionId).catch((err: unknown) =>
        ctx.log.error({ err, room: this.roomId }, 'could not send the stage to a newcomer'),
      );
    }

    protected override onWalked(client: ExpoClient, user: SessionUser): void {
      const { x, z } = client.userData!;
      const booth = ctx.world.boothAt(this.pavilionId, x, z);
      // Staff at their own counter are working, not visiting.
      ctx.visits.at(client.sessionId, user.id, booth && booth.id !== user.boothId ? booth.id : undefined);
    }

    protected override onAway(client: ExpoClient, user: SessionUser): void {
      ctx.visits.close(client.sessionId, user.id);
    }

    protected override onDeparted(client: ExpoClient, user: SessionUser): void {
      ctx.visits.close(client.sessionId, user.id);
      // Moving to another hall of this pavilion keeps one's raised hand: the stage is the pavilion's.
      const now = ctx.find.presence.whereIs(user.id)?.place;
      if (now?.kind !== 'pavilion' || now.id !== this.pavilionId) ctx.stage.left(this.pavilionId, user.id);
      const booth = this.staffedBooth(user);
      if (booth) ctx.staff.depart(this.pavilionId, booth);
    }

    static override onAuth(_token: string, options: unknown): Promise<ExpoAuth> {
      return authenticateJoin(ctx, PavilionJoinOptions, options);
    }

    protected zone(): Zone {
      return { kind: 'pavilion', id: this.pavilionId };
    }

    protected defaultArrival(): Spawn {
      return ctx.world.entranceOf(this.pavilionId);
    }
  };
}
