import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { createInvite } from '../../server/db/inviteStore.ts';
import type { BoothAnalytics } from '../../shared/analytics.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { planRoute } from '../../shared/world/route.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, sleep, startTestServer, until } from '../fixtures/server.ts';
import { walk } from '../fixtures/walker.ts';
import { seedCatalogue, seedWorld } from '../fixtures/world.ts';

let server: ExpoServer;
const pavilion = seedCatalogue.pavilions[1]!;
const booth = pavilion.booths[2]!;
let exhibitorToken: string;

beforeAll(async () => {
  server = await startTestServer();
  const { code: invite } = await createInvite(server.db, { role: 'exhibitor', boothId: booth.id });
  exhibitorToken = (await newSession(server, { name: 'Staff', country: pavilion.country, lang: 'en', invite })).token;
});
afterAll(() => server.close());

function joinPavilion(token: string): Promise<Room<ExpoRoomState>> {
  return colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: pavilion.id,
  });
}

describe('presence in a pavilion', () => {
  it('shows "staff online" while one of the booth’s exhibitors is in the pavilion', async () => {
    const visitor = await joinPavilion((await newSession(server)).token);
    await until(() => visitor.state.players?.size === 1);
    expect(visitor.state.staff.get(booth.id)).toBeUndefined();
    const staff = await joinPavilion(exhibitorToken);
    await until(() => visitor.state.staff.get(booth.id) === 1, 3000, 'staff online');
    await staff.leave(true);
    await until(() => visitor.state.staff.get(booth.id) === undefined, 3000, 'staff gone');
    await visitor.leave(true);
  });

  it('records a visit and its dwell time from where the server saw the visitor stand', async () => {
    const visitor = await joinPavilion((await newSession(server)).token);
    await until(() => visitor.state.players?.get(visitor.sessionId) !== undefined);
    const start = seedWorld.entranceOf(pavilion.id);
    const front = seedWorld.booths.find((b) => b.id === booth.id)!.front;
    let at = { x: start.x, z: start.z };
    for (const point of planRoute(seedWorld, at, front)) {
      await walk(visitor, at, point);
      at = point;
    }
    await sleep(3500);
    for (const point of planRoute(seedWorld, at, start)) {
      await walk(visitor, at, point);
      at = point;
    }
    await visitor.leave(true);
    let figures: BoothAnalytics | undefined;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      figures = (await call(server, 'GET', `/api/booths/${booth.id}/analytics?hours=1`, { token: exhibitorToken }))
        .json as unknown as BoothAnalytics;
      if (figures.totals.visits > 0) break;
      await sleep(100);
    }
    expect(figures!.totals).toMatchObject({ visits: 1, visitors: 1 });
    expect(figures!.dwell.medianSeconds).toBeGreaterThanOrEqual(3);
    const visitorView = await call(server, 'GET', `/api/booths/${booth.id}/analytics`, {
      token: (await newSession(server)).token,
    });
    expect(visitorView.status).toBe(403);
    expect(
      (await call(server, 'GET', `/api/booths/${booth.id}/analytics?hours=0`, { token: exhibitorToken })).status,
    ).toBe(400);
  });
});
