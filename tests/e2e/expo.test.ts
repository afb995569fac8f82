import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';

const suite = browserSuite();
const newPage = () => suite.newPage();

const remotes = (page: Page) =>
  page.evaluate(() => Object.values(window.__expo?.remotePositions() ?? {}) as { x: number; z: number }[]);

/** Holds a key on `walker` until `watcher` sees the walker's avatar move more than a metre. */
async function walkAndWatch(walker: Page, key: string, watcher: Page): Promise<void> {
  const start = (await remotes(watcher))[0]!;
  await walker.keyboard.down(key);
  await watcher.waitForFunction(
    (from) => {
      const now = Object.values(window.__expo?.remotePositions() ?? {})[0];
      return now !== undefined && Math.hypot(now.x - from.x, now.z - from.z) > 1;
    },
    start,
    { timeout: 30_000 },
  );
  await walker.keyboard.up(key);
}

describe('the expo in the browser', { timeout: 240_000 }, () => {
  it('shows the landing page with the event, the countries and the languages', async () => {
    const page = await newPage();
    await page.goto(suite.server().url);
    // The form appears once the catalogue has loaded.
    await page.locator('label.country-card').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('Turkic Metaverse Expo');
    expect(await page.locator('label.country-card').count()).toBe(8);
    expect(await page.locator('select option').count()).toBeGreaterThanOrEqual(9);
    await page.getByRole('button', { name: 'Enter the expo' }).click();
    expect(await page.getByRole('alert').first().textContent()).toMatch(/enter your name/i);
    await page.screenshot({ path: `${ARTIFACTS}/landing.png` });
    await page.context().close();
  });

  it('two visitors enter the plaza, see each other, and each sees the other walk', async () => {
    const [a, b] = await Promise.all([newPage(), newPage()]);
    await enterAs(a, suite.server().url, 'Айгерим Сәдуақасова', 'kz');
    await enterAs(b, suite.server().url, 'Mehmet Yılmaz', 'tr');
    await a.waitForFunction(() => Object.keys(window.__expo?.remotePositions() ?? {}).length === 1, null, {
      timeout: 15_000,
    });
    await b.waitForFunction(() => Object.keys(window.__expo?.remotePositions() ?? {}).length === 1, null, {
      timeout: 15_000,
    });
    expect(await a.getByTestId('place').textContent()).toMatch(/2 people here/);

    // A walks forward and B sees it; then B walks sideways and A sees that.
    await walkAndWatch(a, 'KeyW', b);
    await walkAndWatch(b, 'KeyD', a);
    await a.waitForTimeout(1500);
    await a.screenshot({ path: `${ARTIFACTS}/plaza.png` });
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([a.context().close(), b.context().close()]);
  });

  it('walks into a pavilion from the directory and hands over to its room', async () => {
    const page = await newPage();
    await enterAs(page, suite.server().url, 'Dilnoza Karimova', 'uz');
    await page.getByRole('button', { name: 'Directory' }).click();
    await page.locator('button[data-pavilion="kz"]').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="place"]')?.textContent?.includes('Kazakhstan'),
      null,
      {
        timeout: 90_000,
      },
    );
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${ARTIFACTS}/pavilion.png` });
    await page.context().close();
  });
});
