import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../shared/languages.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { interfaceCharacters } from '../fixtures/interfaceLetters.ts';

/**
 * The interface in each of the nine languages, in real Chromium: the browser's language chosen on
 * a first visit, a live switch that a reload remembers, and a screenshot of the landing page and
 * the expo per language at a desktop and a phone size, each checked for its language and for
 * nothing wider than the screen. The PNGs are in tests/artifacts/locales/.
 */

const suite = browserSuite();
const SHOTS = `${ARTIFACTS}/locales`;
const SIZES = { desktop: [1280, 800], phone: [390, 844] } as const;

type Strings = { landing: { heading: string; enter: string }; world: { directory: string; leave: string } };
const strings = (lang: Lang) =>
  JSON.parse(readFileSync(new URL(`../../client/i18n/locales/${lang}.json`, import.meta.url), 'utf8')) as Strings;

/** Picks a language with the picker the page shows first (the compact one in the header). */
async function choose(page: Page, lang: Lang): Promise<void> {
  await page.locator('.language-picker.compact select').first().selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** The widest thing on the page compared with the screen: nothing may need a sideways scroll. */
const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

async function expectFits(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await overflow(page);
  expect(scrollWidth, `${where} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

describe('the interface in nine languages', { timeout: 600_000 }, () => {
  it("picks the browser's language on a first visit, switches live and remembers it", async () => {
    const page = await suite.newPage(1280, 800, { locale: 'ru-RU' });
    await page.goto(suite.server().url);
    await page.locator('label.country-card').first().waitFor();
    expect(await text(page, '#welcome')).toBe(strings('ru').landing.heading);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    await choose(page, 'kk');
    expect(await text(page, '#welcome')).toBe(strings('kk').landing.heading);
    expect(await text(page, 'button[type="submit"]')).toBe(strings('kk').landing.enter);

    await page.reload();
    await page.locator('label.country-card').first().waitFor();
    expect(await text(page, '#welcome')).toBe(strings('kk').landing.heading);
    expect(await page.locator('.language-picker.compact select').first().inputValue()).toBe('kk');
    await page.context().close();
  });

  it('falls back to English when a language file does not arrive, and says so when none does', async () => {
    const page = await suite.newPage(1280, 800, { locale: 'tr-TR' });
    await page.route(/\/assets\/locale-tr-/, (route) => route.abort());
    await page.goto(suite.server().url);
    await page.locator('label.country-card').first().waitFor();
    expect(await text(page, '#welcome')).toBe(strings('en').landing.heading);
    // Picking the language that cannot be fetched keeps English, says why, and is not remembered.
    await page.locator('.language-picker.compact select').first().selectOption('tr');
    await page.locator('.language-picker [role="alert"]').first().waitFor();
    expect(await page.evaluate(() => localStorage.getItem('tm.lang'))).toBeNull();
    expect(await text(page, '#welcome')).toBe(strings('en').landing.heading);

    await page.route(/\/assets\/locale-en-/, (route) => route.abort());
    await page.reload();
    const alert = page.locator('.loading-screen [role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('could not load');
    await page.context().close();
  });

  it('draws every letter of the nine languages with the bundled Noto Sans', async () => {
    const page = await suite.newPage();
    await page.goto(suite.server().url);
    await page.locator('label.country-card').first().waitFor();
    const letters = interfaceCharacters().join('');
    await page.evaluate((all) => {
      const probe = document.createElement('p');
      probe.id = 'font-probe';
      probe.textContent = all;
      document.body.append(probe);
    }, letters);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate((all) => document.fonts.check('16px "Noto Sans"', all), letters)).toBe(true);

    // What Chromium actually drew the probe with: only the web font, never a system fallback.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#font-probe' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((font) => ({ family: font.familyName, custom: font.isCustomFont }))).toEqual([
      { family: 'Noto Sans', custom: true },
    ]);
    expect(fonts[0]!.glyphCount).toBe([...letters].length);
    await page.context().close();
  });

  it('ships its fonts with the app and loads none from elsewhere', () => {
    const dist = new URL('../../dist/client/', import.meta.url);
    const assets = readdirSync(new URL('assets/', dist));
    const css = assets
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(new URL(`assets/${name}`, dist), 'utf8'));
    const html = readFileSync(new URL('index.html', dist), 'utf8');
    const fontUrls = css.flatMap((sheet) =>
      [...sheet.matchAll(/url\(([^)]+\.(?:woff2?|ttf|otf))\)/g)].map((m) => m[1]!),
    );
    expect(fontUrls.length).toBeGreaterThan(0);
    for (const url of fontUrls) {
      expect(url).toMatch(/^\/assets\//);
      expect(assets).toContain(url.replace('/assets/', ''));
    }
    for (const sheet of css) expect(sheet).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    expect(html).not.toMatch(/<link[^>]+href="(https?:)?\/\/|fonts\.googleapis|fonts\.gstatic/);
  });

  describe.each(Object.entries(SIZES))('at %s size', (size, [width, height]) => {
    it('shows the landing page and the expo in each language, fitting the screen', async () => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await suite.newPage(width, height);
      await page.goto(suite.server().url);
      await page.locator('label.country-card').first().waitFor();
      for (const lang of LANGUAGES) {
        await choose(page, lang);
        expect(await text(page, '#welcome')).toBe(strings(lang).landing.heading);
        expect(await text(page, 'button[type="submit"]')).toBe(strings(lang).landing.enter);
        expect(await page.title()).toBe(await text(page, 'h1'));
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${SHOTS}/${lang}-${size}-landing.png`, fullPage: true });
        await expectFits(page, `${lang} landing at ${size} size`);
      }

      await choose(page, 'en');
      await enterAs(page, suite.server().url, 'Gulnara Ismayilova', 'az');
      for (const lang of LANGUAGES) {
        await choose(page, lang);
        const directory = page.locator('.top-bar-actions button.primary');
        expect(await directory.innerText()).toBe(strings(lang).world.directory);
        expect(await page.title()).toBe(await text(page, '.event-name'));
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${SHOTS}/${lang}-${size}-expo.png` });
        await expectFits(page, `${lang} expo at ${size} size`);
      }
      expect(suite.cspViolations()).toEqual([]);
      await page.context().close();
    });
  });
});
