import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Room } from 'colyseus.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, enterAs, launchBrowser } from '../fixtures/browser.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';
import { spotInPavilion } from '../fixtures/crowd.ts';
import { restartBot } from '../fixtures/restartBots.ts';
import { until } from '../fixtures/server.ts';
import { seedWorld } from '../fixtures/world.ts';

let browser: Browser;
let server: ServerProcess | undefined;
const rooms: Room[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.allSettled(rooms.filter((r) => r.connection.isOpen).map((r) => r.leave(true)));
  await browser?.close();
  await server?.stop('SIGKILL');
});

const selfOf = (page: Page) => page.evaluate(() => ({ x: window.__expo!.self.x, z: window.__expo!.self.z }));

describe('a server restart in the browser', { timeout: 300_000 }, () => {
  it('says the expo is restarting, then brings the visitor back to the same pavilion by itself', async () => {
    const port = await freePort();
    // The same port and data directory on both starts, as a restarted deployment has.
    const env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'tm-restart-')) };
    const start = () => startProcess('node', ['--import', 'tsx', 'server/index.ts'], port, env);
    server = await start();
    // A friend stands well inside Kazakhstan's pavilion, far from its entrance (where arrivals appear).
    const entrance = seedWorld.entranceOf('kz');
    let spot = spotInPavilion('kz', entrance);
    while (Math.hypot(spot.x - entrance.x, spot.z - entrance.z) < 6) spot = spotInPavilion('kz', entrance);
    const friend = await restartBot(server.url, 0, { kind: 'pavilion', id: 'kz' }, 0, spot);
    rooms.push(friend.room);

    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    // The 2D view spares this busy machine its software WebGL; the connection is the same.
    await context.addInitScript(() => localStorage.getItem('tm.view') ?? localStorage.setItem('tm.view', '2d'));
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await enterAs(page, server.url, 'Aysel Məmmədova', 'az', 240_000);
    // Into Kazakhstan's pavilion, beside a friend found by name.
    await page.getByTestId('find-toggle').click();
    await page.getByRole('searchbox', { name: 'Search people by name or organisation' }).fill('Bot 1');
    await page.locator('li.found', { hasText: 'Bot 1' }).getByRole('button', { name: 'Jump next to Bot 1' }).click();
    const place = page.getByTestId('place');
    await until(async () => /Kazakhstan/.test((await place.textContent()) ?? ''), 60_000, 'in the pavilion');
    await page.getByTestId('find-toggle').click();
    await page.waitForTimeout(1000);
    const before = await selfOf(page);

    // SIGTERM: the page is told, and says so while the server is away.
    expect(await server.stop('SIGTERM')).toBe(0);
    const banner = page.getByTestId('restarting');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/The expo is restarting.*back where you were/);
    await page.screenshot({ path: `${ARTIFACTS}/restart-banner.png` });

    server = await start();
    await banner.waitFor({ state: 'detached', timeout: 90_000 });
    await until(async () => /Kazakhstan/.test((await place.textContent()) ?? ''), 30_000, 'back in the pavilion');
    expect(page.url()).not.toBe(`${server.url}/`);
    const after = await selfOf(page);
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeLessThan(1.5);
    // Where the ticket put her, not the entrance where a plain join would have.
    expect(Math.hypot(after.x - entrance.x, after.z - entrance.z)).toBeGreaterThan(4);
    await context.close();
  });
});
