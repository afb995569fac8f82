import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { joinPlaza, newSession, until } from '../fixtures/server.ts';

const suite = browserSuite();
/** A phone held upright: 390 × 844 CSS pixels, three device pixels to each, a touch screen. */
const PHONE = { hasTouch: true, isMobile: true, deviceScaleFactor: 3 };

const expo = <T>(page: Page, read: (e: NonNullable<Window['__expo']>) => T) =>
  page.evaluate(`(${read.toString()})(window.__expo)`) as Promise<T>;

/** A finger on the glass: real touch events from the browser's own input pipeline. */
async function drag(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, steps = 10) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
}
const lift = (cdp: CDPSession) => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

/** Boxes of what stands over the scene, for overlap checks. */
async function boxes(page: Page, selectors: string[]) {
  const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    if (box) out[selector] = box;
  }
  return out;
}
/** Reads `read` until two reads in a row agree (a transition or a camera's easing has ended), and returns it. */
async function steady<T>(read: () => Promise<T>, what: string): Promise<T> {
  let last = JSON.stringify(await read());
  await until(
    async () => {
      const now = JSON.stringify(await read());
      const same = now === last;
      last = now;
      return same;
    },
    30_000,
    what,
  );
  return JSON.parse(last) as T;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the expo on a phone', { timeout: 300_000 }, () => {
  const rooms: { leave(): Promise<unknown> }[] = [];
  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
  });

  it('starts at a preset for the device, walks with the joystick, turns the camera with a finger, and lays out at 390×844', async () => {
    // A visitor already in the plaza, over a plain WebSocket: whatever it sees, the server sent.
    const watcher = await joinPlaza(suite.server(), (await newSession(suite.server())).token);
    rooms.push(watcher);
    const page = await suite.newPage(390, 844, PHONE);
    await enterAs(page, suite.server().url, 'Nurlan Abdrakhmanov', 'kz');
    const cdp = await page.context().newCDPSession(page);

    // The device chose: a phone gets low or medium, and the renderer draws at that preset's pixel ratio.
    const chosen = await expo(page, (e) => e.quality());
    expect(chosen.auto).toBe(true);
    expect(['low', 'medium']).toContain(chosen.preset);
    const renderer = await expo(page, (e) => e.renderer());
    expect(renderer?.pixelRatio).toBe(chosen.preset === 'low' ? 1 : 1.5);
    await page.screenshot({ path: `${ARTIFACTS}/phone-plaza.png` });

    // Nothing over the scene overlaps or leaves the screen.
    const laid = await boxes(page, ['.top-bar', '.joystick', '.hud-bar', '.minimap']);
    expect(Object.keys(laid)).toEqual(['.top-bar', '.joystick', '.hud-bar', '.minimap']);
    for (const [name, box] of Object.entries(laid)) {
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.y, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
      expect(box.y + box.height, name).toBeLessThanOrEqual(844);
    }
    const names = Object.keys(laid);
    for (const a of names)
      for (const b of names) if (a < b) expect(overlap(laid[a]!, laid[b]!), `${a} × ${b}`).toBe(false);

    // The joystick pushed forward walks the visitor, and the server has them somewhere new.
    await until(() => watcher.state.players.size === 2, 15_000, 'the watcher sees the phone');
    const phoneId = [...watcher.state.players.keys()].find((id) => id !== watcher.sessionId)!;
    const start = { x: watcher.state.players.get(phoneId)!.x, z: watcher.state.players.get(phoneId)!.z };
    const stick = laid['.joystick']!;
    const centre = { x: stick.x + stick.width / 2, y: stick.y + stick.height / 2 };
    await drag(cdp, centre, { x: centre.x, y: centre.y - 40 });
    await until(
      () => {
        const now = watcher.state.players.get(phoneId)!;
        return Math.hypot(now.x - start.x, now.z - start.z) > 1.5;
      },
      30_000,
      'the server to see the phone walk',
    );
    await lift(cdp);

    // One finger dragged across the scene turns the camera (and does not walk anywhere).
    const yaw = await expo(page, (e) => e.cameraYaw);
    await drag(cdp, { x: 120, y: 450 }, { x: 300, y: 470 });
    await lift(cdp);
    const turned = await expo(page, (e) => e.cameraYaw);
    expect(Math.abs(turned - yaw)).toBeGreaterThan(0.5);
    await steady(() => expo(page, (e) => e.cameraYaw), 'the camera to settle');
    await page.screenshot({ path: `${ARTIFACTS}/phone-turned.png` });
    await page.context().close();
  });

  it('changes the preset in the settings, and the renderer follows', async () => {
    const page = await suite.newPage(390, 844, PHONE);
    await enterAs(page, suite.server().url, 'Aybike Sultanova', 'kg');
    await page.getByRole('button', { name: 'Display settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Picture and data' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /High/ }).check();
    await page.waitForFunction(() => {
      const r = window.__expo?.renderer();
      return r?.pixelRatio === 2 && r.shadows && r.far === 900;
    });
    await page.screenshot({ path: `${ARTIFACTS}/phone-settings.png` });
    expect(await seriousA11yViolations(page, '.quality-popover')).toEqual([]);
    await dialog.getByRole('radio', { name: /^Low/ }).check();
    await page.waitForFunction(() => {
      const r = window.__expo?.renderer();
      return r?.pixelRatio === 1 && !r.shadows && r.far === 260;
    });
    expect(await expo(page, (e) => e.quality())).toEqual({ preset: 'low', auto: false });
    expect(await page.evaluate(() => localStorage.getItem('tm.quality'))).toBe('low');
    // Escape closes it and gives the focus back to the gear.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Display settings');
    // Tab past the last choice closes it too (it is at the end of the page), back on the gear.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Display settings');
    await page.context().close();
  });

  it('lays the directory, the chat sheet and a booth card out within a 390×844 screen', async () => {
    const page = await suite.newPage(390, 844, PHONE);
    await enterAs(page, suite.server().url, 'Rustam Nazarov', 'uz');
    const onScreen = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(390);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(844);
      return box;
    };
    const bar = await onScreen('.top-bar');

    await page.getByRole('button', { name: 'Directory' }).click();
    const directory = await onScreen('.directory');
    expect(directory.y, 'the directory starts below the top bar').toBeGreaterThanOrEqual(bar.y + bar.height);
    await page.screenshot({ path: `${ARTIFACTS}/phone-directory.png` });
    // Off to a booth: walking up to it opens its card.
    await page.locator('button[data-pavilion="uz"] ~ .directory-toggle').click();
    await page.locator('.directory-booths button[data-booth]').first().click();
    await page.locator('.booth-card').waitFor({ timeout: 120_000 });
    await steady(() => page.locator('.booth-card').boundingBox(), 'the booth card to slide into place');
    const card = await onScreen('.booth-card');
    expect(card.y, 'the card starts below the top bar').toBeGreaterThanOrEqual(bar.y + bar.height);
    await page.screenshot({ path: `${ARTIFACTS}/phone-booth.png` });
    await page.keyboard.press('Escape');
    await page.locator('.booth-card').waitFor({ state: 'detached' });
    // In a pavilion the dock has a stage button more: still clear of the joystick.
    const stick = await onScreen('.joystick');
    const dock = await onScreen('.hud-bar');
    expect(stick.x + stick.width <= dock.x || stick.y >= dock.y + dock.height, 'joystick clear of the dock').toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/phone-pavilion.png` });

    await page.getByRole('button', { name: 'Chat' }).click();
    const sheet = await onScreen('.hud-panel');
    expect(sheet.y, 'the chat sheet starts below the top bar').toBeGreaterThanOrEqual(bar.y + bar.height);
    // The buttons above the sheet stay on the screen and below the top bar.
    const buttons = await onScreen('.hud-dock .hud-bar');
    expect(buttons.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    await page.screenshot({ path: `${ARTIFACTS}/phone-chat.png` });
    await page.context().close();
  });

  it('falls back to 2D by itself when the frame rate stays too low, after trying the low preset', async () => {
    // This visitor has never chosen between 3D and 2D.
    const page = await suite.newPage(390, 844, { ...PHONE, view: null });
    // A phone with eight cores and 8 GB gets the medium preset, so the watch must step down before
    // giving up on 3D.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 8 });
      Object.defineProperty(navigator, 'deviceMemory', { get: () => 8 });
      // The preset the page starts with: on a busy machine the watch may step down before entering ends.
      const first = setInterval(() => {
        const quality = window.__expo?.quality();
        if (!quality) return;
        (window as { firstQuality?: unknown }).firstQuality = quality;
        clearInterval(first);
      }, 20);
    });
    await enterAs(page, suite.server().url, 'Gulnara Ismailova', 'uz');
    const first = await page.evaluate(() => (window as { firstQuality?: unknown }).firstQuality);
    expect(first).toEqual({ preset: 'medium', auto: true });
    // Every animation frame now costs 100 ms more: under ten frames a second.
    await page.evaluate(() => {
      const burn = () => {
        const end = performance.now() + 100;
        while (performance.now() < end);
        requestAnimationFrame(burn);
      };
      requestAnimationFrame(burn);
    });
    await page.waitForFunction(() => window.__expo?.quality().preset === 'low', null, {
      timeout: 120_000,
      polling: 500,
    });
    expect(await expo(page, (e) => e.view())).toEqual({ mode: '3d', reason: 'chosen' });
    await page.waitForFunction(() => window.__expo?.view().mode === '2d', null, { timeout: 120_000, polling: 500 });
    expect(await expo(page, (e) => e.view())).toEqual({ mode: '2d', reason: 'slow' });
    // Only for this visit: neither the step down nor the 2D view is remembered.
    expect(await page.evaluate(() => [localStorage.getItem('tm.quality'), localStorage.getItem('tm.view')])).toEqual([
      null,
      null,
    ]);
    await page.context().close();
  });
});
