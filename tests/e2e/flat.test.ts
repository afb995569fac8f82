import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../server/db/inviteStore.ts';
import { listLeads } from '../../server/db/leadStore.ts';
import { listQuestions } from '../../server/db/stageStore.ts';
import { MIN_VISIT_MS } from '../../server/rooms/boothVisits.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { until } from '../fixtures/server.ts';
import { seedWorld } from '../fixtures/world.ts';

const BOOTH = 'astana-hub';
const suite = browserSuite();

/** A browser without WebGL: every canvas refuses a WebGL context, as with the GPU blocklisted or WebGL turned off. */
async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
async function tabTo(page: Page, selector: string, presses = 60): Promise<void> {
  for (let i = 0; i < presses; i++) {
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the 2D mode in the browser', { timeout: 600_000 }, () => {
  it('opens by itself without WebGL; by keyboard a delegate enters a pavilion, leaves a card, asks the stage, chats and reaches meetings', async () => {
    const server = suite.server();
    const { code } = await createInvite(server.db, { role: 'delegate', delegation: 'kz' });
    const flat = await suite.newPage(1280, 800);
    flat.setDefaultTimeout(60_000);
    await withoutWebGL(flat);
    await enterAs(flat, `${server.url}/?invite=${code}`, 'Aigerim Sadykova', 'kz');

    // 2D by itself, saying why, with no way to a 3D that cannot run.
    expect(await flat.locator('main.event').getAttribute('data-view')).toBe('2d');
    await flat.getByText('Your browser cannot show 3D graphics').waitFor();
    expect(await flat.locator('.view-switch').count()).toBe(0);
    await flat.getByRole('heading', { level: 1, name: 'Country pavilions' }).waitFor();
    expect(await flat.locator('h1').count()).toBe(1);
    expect(await flat.locator('.flat-pavilion').count()).toBe(8);
    await flat.screenshot({ path: `${ARTIFACTS}/flat-plaza.png` });
    expect(await seriousA11yViolations(flat)).toEqual([]);

    // Someone in 3D on the plaza sees the 2D visitor standing there.
    const walker = await suite.newPage(1280, 800);
    walker.setDefaultTimeout(60_000);
    await enterAs(walker, server.url, 'Mehmet Yılmaz', 'tr', 180_000);
    expect(await walker.locator('main.event').getAttribute('data-view')).toBe('3d');
    await walker.waitForFunction(() => Object.keys(window.__expo?.remotePositions() ?? {}).length >= 1, null, {
      polling: 500,
      timeout: 60_000,
    });

    // Into the Kazakhstan pavilion with the keyboard alone; focus lands on its heading.
    await tabTo(flat, '[data-pavilion="kz"]');
    await flat.keyboard.press('Enter');
    await flat.locator('.flat[data-place="kz"]').waitFor({ timeout: 60_000 });
    await flat.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 15_000 });
    expect(await focusedText(flat)).toBe('Kazakhstan');
    expect(await flat.getByTestId('place').textContent()).toMatch(/Kazakhstan/);
    await flat.screenshot({ path: `${ARTIFACTS}/flat-pavilion.png` });
    expect(await seriousA11yViolations(flat)).toEqual([]);
    // The note goes when dismissed, and focus stays on the page.
    await flat.getByRole('button', { name: 'Dismiss' }).press('Enter');
    await flat.locator('.flat-note').waitFor({ state: 'detached' });
    expect(await focusedText(flat)).toBe('Kazakhstan');

    // A booth's card opens from its tile, and the avatar walks to stand at the booth, as in 3D.
    await tabTo(flat, `button[data-booth="${BOOTH}"]`);
    await flat.keyboard.press('Enter');
    const card = flat.locator(`aside.booth-card[data-booth="${BOOTH}"]`);
    await card.waitFor();
    await flat.waitForFunction(() => document.activeElement?.id === 'booth-card-title', null, { timeout: 15_000 });
    const front = seedWorld.booths.find((b) => b.id === BOOTH)!.front;
    await flat.waitForFunction(
      ({ x, z }) => {
        const self = window.__expo?.self;
        return self !== undefined && Math.hypot(self.x - x, self.z - z) < 0.5;
      },
      front,
      { polling: 200, timeout: 60_000 },
    );
    const arrived = Date.now();
    await flat.screenshot({ path: `${ARTIFACTS}/flat-booth-card.png` });
    expect(await seriousA11yViolations(flat)).toEqual([]);

    await card.getByRole('button', { name: 'Leave my card' }).click();
    await card.getByLabel('Organisation').fill('QazInnovations');
    await card.getByLabel('E-mail').fill('aigerim@example.kz');
    await card.getByLabel(/I agree to share/).check();
    await card.getByRole('button', { name: 'Send my card' }).click();
    await card.getByText('Your card has been left').waitFor();
    await until(
      async () => (await listLeads(server.db, BOOTH)).some((lead) => lead.email === 'aigerim@example.kz'),
      15_000,
      'the lead in the database',
    );

    // The card closes with Escape: focus returns to its booth, the avatar steps away, and the visit is recorded.
    await until(() => Date.now() - arrived > MIN_VISIT_MS + 500, MIN_VISIT_MS + 5000, 'a visit long enough to count');
    await flat.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await flat.waitForFunction((id) => document.activeElement?.getAttribute('data-booth') === id, BOOTH, {
      timeout: 15_000,
    });
    await until(
      async () =>
        (await server.db.selectFrom('booth_visits').select('booth_id').where('booth_id', '=', BOOTH).execute()).length >
        0,
      30_000,
      'the booth visit recorded by the server',
    );

    // The pavilion's stage: the panel opens from the 2D view, and the question reaches the server.
    await flat.getByRole('button', { name: 'Watch the stage and ask a question' }).click();
    await flat.getByLabel('Your question for the speaker').fill('Which start-ups will join the Astana Hub next year?');
    await flat.getByRole('button', { name: 'Ask', exact: true }).click();
    await until(
      async () => (await listQuestions(server.db, 'kz', 50)).some((q) => q.text.startsWith('Which start-ups')),
      15_000,
      'the question on the server',
    );

    // The 3D visitor switches to 2D (remembered), follows into the pavilion, and hears the chat.
    await walker.getByRole('button', { name: '2D view' }).click();
    await walker.locator('main.event[data-view="2d"]').waitFor();
    expect(await walker.evaluate(() => localStorage.getItem('tm.view'))).toBe('2d');
    await walker.locator('[data-pavilion="kz"]').click();
    await walker.locator('.flat[data-place="kz"]').waitFor({ timeout: 60_000 });
    await flat.getByRole('button', { name: /^Chat/ }).click();
    await flat.locator('#chat-input').fill('Salem! Meet me at the Astana Hub booth.');
    await flat.locator('#chat-input').press('Enter');
    await walker.getByRole('button', { name: /^Chat/ }).click();
    await walker
      .locator('#chat-panel')
      .getByText('Salem! Meet me at the Astana Hub booth.')
      .waitFor({ timeout: 30_000 });

    // Back to the plaza: focus returns to the pavilion just left.
    await walker.getByRole('button', { name: 'Back to the plaza' }).click();
    await walker.locator('.flat[data-place="plaza"]').waitFor({ timeout: 60_000 });
    await walker.waitForFunction(() => document.activeElement?.getAttribute('data-pavilion') === 'kz', null, {
      timeout: 15_000,
    });
    // The plaza says who is inside each pavilion: the delegate is still in Kazakhstan.
    await walker.locator('[data-pavilion="kz"] [data-inside="1"]').waitFor({ timeout: 30_000 });
    expect(await walker.locator('[data-pavilion="kz"]').textContent()).toMatch(/1 person inside/);

    // The meetings page, from the same top bar.
    await flat.getByRole('button', { name: /^Meetings/ }).click();
    await flat.waitForURL(/\/meetings$/);
    await flat.getByRole('heading', { name: 'My meetings' }).waitFor();
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([flat.context().close(), walker.context().close()]);
  });

  it('on a phone the remembered 2D choice opens, the pavilion and a booth card fit the screen, and the switch goes back to 3D', async () => {
    const phone = await suite.newPage(390, 844, { view: '2d' });
    phone.setDefaultTimeout(60_000);
    await enterAs(phone, suite.server().url, 'Nurlan Abenov', 'kz');
    expect(await phone.locator('main.event').getAttribute('data-view')).toBe('2d');
    // Chosen, not forced: no note, and the way back to 3D is offered.
    expect(await phone.locator('.flat-note').count()).toBe(0);
    await phone.getByRole('button', { name: '3D view' }).waitFor();
    // A page: it scrolls and pinch-zooms (no element on the way up takes the pinch for itself).
    expect(await phone.locator('.flat').evaluate((el) => getComputedStyle(el).touchAction)).toBe('auto');
    await phone.screenshot({ path: `${ARTIFACTS}/flat-phone-plaza.png` });
    await phone.locator('[data-pavilion="uz"]').click();
    await phone.locator('.flat[data-place="uz"]').waitFor({ timeout: 60_000 });
    await phone.screenshot({ path: `${ARTIFACTS}/flat-phone-pavilion.png` });
    expect(await seriousA11yViolations(phone)).toEqual([]);
    const booth = phone.locator('button.flat-booth').first();
    expect(await booth.getAttribute('aria-expanded')).toBe('false');
    await booth.click();
    await phone.locator('aside.booth-card').waitFor();
    expect(await booth.getAttribute('aria-expanded')).toBe('true');
    expect(await booth.getAttribute('aria-controls')).toBe(await phone.locator('aside.booth-card').getAttribute('id'));
    await phone.screenshot({ path: `${ARTIFACTS}/flat-phone-booth.png` });
    expect(await seriousA11yViolations(phone)).toEqual([]);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // And back to 3D from the top bar: the same room, the scene built, the choice remembered.
    await phone.getByRole('button', { name: 'Close' }).first().click();
    await phone.getByRole('button', { name: '3D view' }).click();
    await phone.waitForFunction(
      () => document.querySelector('main.event[data-view="3d"][data-ready="true"]') !== null,
      null,
      { polling: 500, timeout: 180_000 },
    );
    expect(await phone.getByTestId('place').textContent()).toMatch(/Uzbekistan/);
    expect(await phone.evaluate(() => localStorage.getItem('tm.view'))).toBe('3d');
    await phone.getByRole('button', { name: '2D view' }).waitFor();
    await phone.context().close();
  });
});
