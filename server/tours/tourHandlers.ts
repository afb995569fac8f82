import type { Room } from '@colyseus/core';
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api.ts';
import { describeZodError } from '../../shared/errors.ts';
import { TourCommand, TourMessages, TourRef, TourStart, type TourRefused } from '../../shared/tours.ts';
import { can } from '../auth/permissions.ts';
import { clientBudget } from '../limits/clientBudget.ts';
import type { ExpoClient } from '../rooms/ExpoRoom.ts';
import type { RoomContext } from '../rooms/roomContext.ts';
import { refused, type Refused } from '../../shared/refusals.ts';
import { countRefusal } from '../rooms/messageRefusals.ts';

const TOUR_ACTIONS_PER_SECOND = 0.5;
const TOUR_ACTIONS_BURST = 4;

/**
 * The tour messages of an expo room. Each handler validates, checks permission, then asks the
 * tour hub; a refusal is told to the sender and changes nothing.
 */
export function attachTours(room: Room, ctx: RoomContext): void {
  // Starting a tour speaks to the whole room and every change to every member: a few in a row, then slowly.
  const mayAct = clientBudget(TOUR_ACTIONS_PER_SECOND, TOUR_ACTIONS_BURST);
  const refuse = (client: ExpoClient, reason: Refused) => {
    countRefusal(reason.refusal.code);
    client.send(TourMessages.refused, reason satisfies TourRefused);
  };
  function on<T>(
    type: string,
    schema: z.ZodType<T>,
    run: (client: ExpoClient, user: SessionUser, input: T) => Refused | undefined,
  ) {
    room.onMessage(type, (client: ExpoClient, payload: unknown) => {
      const user = client.auth?.user;
      if (!user) return;
      if (!mayAct(client))
        return refuse(client, refused('rate_limited', 'too many tour actions at once; wait a moment'));
      const input = schema.safeParse(payload);
      const reason = input.success ? run(client, user, input.data) : refused('invalid', describeZodError(input.error));
      if (reason) refuse(client, reason);
    });
  }

  on(TourMessages.start, TourStart, (client, user, { title }) => {
    if (!can(user, 'tour.lead')) return refused('not_allowed', `the ${user.role} role may not lead tours (tour.lead)`);
    const started = ctx.tours.start(user, title);
    if ('refusal' in started) return started;
    room.broadcast(TourMessages.announced, started, { except: client });
    return undefined;
  });
  on(TourMessages.join, TourRef, (_client, user, { tourId }) => ctx.tours.join(user, tourId));
  on(TourMessages.leave, TourCommand, (_client, user) => void ctx.tours.leave(user.id));
  on(TourMessages.end, TourCommand, (_client, user) => ctx.tours.end(user.id));
}
