import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';

/**
 * axe-core (WCAG 2.x A/AA) in real Chromium finds no serious or critical violation on the landing
 * page (with its validation errors showing too) and on an open booth card in the 3D expo.
 * The meeting page, which needs LiveKit, is audited in tests/media/accessibility.test.ts.
 */

const suite = browserSuite();
const BOOTH = 'astana-hub';

describe('accessibility audits', { timeout: 300_000 }, () => {
  it('the landing page, before and after a refused entry, at desktop and phone sizes', async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const page = await suite.newPage(width, height);
      await page.goto(suite.server().url);
      await page.locator('label.country-card').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Enter the expo' }).click();
      await page.getByRole('alert').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('an open booth card in the 3D expo', async () => {
    const page = await suite.newPage(1280, 800);
    await enterAs(page, suite.server().url, 'Nurlan Abenov', 'kz');
    await page.getByRole('button', { name: 'Directory' }).click();
    await page.locator('button[data-pavilion="kz"] + button.directory-toggle').click();
    await page.locator(`button[data-booth="${BOOTH}"]`).click();
    const card = page.locator(`aside.booth-card[data-booth="${BOOTH}"]`);
    await card.waitFor({ timeout: 120_000 });
    expect(await seriousA11yViolations(page, `aside.booth-card[data-booth="${BOOTH}"]`)).toEqual([]);

    // The card with its lead form open, as a visitor fills it in.
    await card.getByRole('button', { name: 'Leave my card' }).click();
    await card.getByRole('button', { name: 'Send my card' }).click();
    await card.getByRole('alert').first().waitFor();
    expect(await seriousA11yViolations(page, `aside.booth-card[data-booth="${BOOTH}"]`)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/a11y-booth-card.png` });

    // The HUD around it (top bar, dock, map) is part of what a visitor uses with the card.
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
