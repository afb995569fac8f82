import type { Room } from 'colyseus.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { TourMessages, type TourState } from '../../shared/tours.ts';
import { planRoute } from '../../shared/world/route.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, sessionWithRole, until } from '../fixtures/server.ts';
import { walk } from '../fixtures/walker.ts';
import { seedWorld } from '../fixtures/world.ts';

/**
 * One browser page per test, and the other person as a real colyseus.js client: two software-rendered
 * worlds at once are more than a shared two-core machine draws in good time.
 */
const suite = browserSuite();
const ENTER_TIMEOUT = 240_000;

const self = (page: Page) => page.evaluate(() => window.__expo!.self);
const placeIs = (page: Page, name: string) =>
  page.waitForFunction((n) => document.querySelector('[data-testid="place"]')?.textContent?.includes(n), name, {
    timeout: 60_000,
  });

async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
  const page = await suite.newPage(1024, 640);
  page.setDefaultTimeout(120_000);
  try {
    await run(page);
  } finally {
    await page.context().close();
  }
}

async function joinRoom(token: string, pavilionId?: string, spawn?: { x: number; z: number; ry: number }) {
  const options = { token, protocol: PROTOCOL_VERSION, ...(spawn ? { spawn } : {}) };
  const client = colyseusClient(suite.server());
  const room = pavilionId
    ? await client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, { ...options, pavilionId })
    : await client.joinOrCreate<ExpoRoomState>(ROOMS.plaza, options);
  room.onMessage('*', () => undefined);
  await until(() => room.state.players?.get(room.sessionId) !== undefined, 10_000, 'own player');
  return room;
}

describe('finding people and guided tours in the browser', { timeout: 600_000 }, () => {
  it('finds someone by organisation in another pavilion and jumps to stand beside them', () =>
    withPage(async (a) => {
      const bolat = await newSession(suite.server(), { name: 'Bolat Serikov', country: 'kz', lang: 'kk' });
      await call(suite.server(), 'PATCH', '/api/profile', {
        token: bolat.token,
        body: { organisation: 'Astana Hub', title: 'Partnerships' },
      });
      const b = await joinRoom(bolat.token, 'kz');
      const booth = seedWorld.booths.find((x) => x.pavilionId === 'kz')!;
      let at: { x: number; z: number } = seedWorld.entranceOf('kz');
      for (const point of planRoute(seedWorld, at, booth.front)) {
        await walk(b, at, point);
        at = point;
      }

      await enterAs(a, suite.server().url, 'Aysel Məmmədova', 'az', ENTER_TIMEOUT);
      await a.getByTestId('find-toggle').click();
      const search = a.getByRole('searchbox', { name: 'Search people by name or organisation' });
      await search.fill('a');
      await a.getByText('Type at least 2 letters').waitFor();
      await search.fill('astana hub');
      const row = a.locator('li.found', { hasText: 'Bolat Serikov' });
      await row.waitFor({ timeout: 60_000 });
      expect(await row.textContent()).toMatch(/Astana Hub · Kazakhstan/);
      await a.waitForTimeout(500);
      await a.screenshot({ path: `${ARTIFACTS}/find-panel.png` });

      await row.getByRole('button', { name: 'Jump next to Bolat Serikov' }).click();
      await placeIs(a, 'Kazakhstan');
      await a.getByText('You are next to Bolat Serikov.').waitFor({ timeout: 60_000 });
      const me = await self(a);
      const distance = Math.hypot(me.x - booth.front.x, me.z - booth.front.z);
      expect(distance).toBeGreaterThan(0.8);
      expect(distance).toBeLessThan(2.8);
      // Bolat's room sees Aysel arrive beside him.
      await until(
        () =>
          [...b.state.players.values()].some(
            (p) =>
              p.name === 'Aysel Məmmədova' &&
              Math.hypot(dequantizePosition(p.x) - booth.front.x, dequantizePosition(p.z) - booth.front.z) < 2.8,
          ),
        20_000,
        'Aysel beside Bolat',
      );
      await a.waitForTimeout(800);
      await a.screenshot({ path: `${ARTIFACTS}/find-jumped.png` });
      await b.leave(true);
    }));

  it('a member follows the guide into a pavilion by itself, then leaves the tour with one click', () =>
    withPage(async (member) => {
      const guide = await sessionWithRole(
        suite.server(),
        { role: 'exhibitor', boothId: 'astana-hub' },
        { name: 'Gulnara Tour Guide', country: 'kz' },
      );
      let plaza: Room<ExpoRoomState> = await joinRoom(guide.token);
      let state: TourState | undefined;
      const listen = (room: Room) => room.onMessage(TourMessages.state, (s: TourState) => (state = s));
      listen(plaza);

      await enterAs(member, suite.server().url, 'Mihály Kovács', 'hu', ENTER_TIMEOUT);
      plaza.send(TourMessages.start, { title: 'Startups of Kazakhstan' });
      const invite = member.getByTestId('tour-invite');
      await invite
        .getByText('Gulnara Tour Guide is starting a tour: Startups of Kazakhstan')
        .waitFor({ timeout: 60_000 });
      await invite.getByRole('button', { name: 'Join' }).click();
      const banner = member.getByTestId('tour-banner');
      await banner.getByText('On a tour with Gulnara Tour Guide: Startups of Kazakhstan').waitFor({ timeout: 60_000 });
      await until(() => state?.tour?.members === 1, 20_000, 'one member');
      await member.waitForTimeout(500);
      await member.screenshot({ path: `${ARTIFACTS}/tour-banner.png` });

      // The guide steps through the Kazakhstan pavilion's door, as a browser hands over: join inside, leave the plaza.
      const inside = seedWorld.entranceOf('kz');
      const pavilion = await joinRoom(guide.token, 'kz', inside);
      listen(pavilion);
      await plaza.leave(true);
      plaza = pavilion;

      await placeIs(member, 'Kazakhstan');
      await expect
        .poll(
          async () => {
            const me = await self(member);
            return Math.hypot(me.x - inside.x, me.z - inside.z);
          },
          { timeout: 30_000 },
        )
        .toBeLessThan(2.8);
      await member.waitForTimeout(800);
      await member.screenshot({ path: `${ARTIFACTS}/tour-followed.png` });

      await banner.getByRole('button', { name: 'Leave tour' }).click();
      await banner.waitFor({ state: 'detached', timeout: 30_000 });
      await until(() => state?.tour?.members === 0, 20_000, 'nobody following');
      expect(suite.cspViolations()).toEqual([]);
      plaza.send(TourMessages.end, {});
      await plaza.leave(true);
    }));
});
