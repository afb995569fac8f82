import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { createInvite } from '../../server/db/inviteStore.ts';
import { enterAs, launchBrowser } from '../fixtures/browser.ts';
import { startTestServer } from '../fixtures/server.ts';

const ARTIFACTS = 'tests/artifacts';
const BOOTH = 'astana-hub';
let server: ExpoServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(width = 1280, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (error) =>
    console.error('page error:', error.message, error.stack?.split('\n').slice(0, 4).join(' | ')),
  );
  return page;
}

describe('booths, cards and leads in the browser', { timeout: 300_000 }, () => {
  it('a visitor walks to a booth, its card opens, they leave their card, and the exhibitor sees it live', async () => {
    const invite = await createInvite(server.db, { role: 'exhibitor', boothId: BOOTH });
    const staff = await newPage();
    await staff.goto(`${server.url}/?invite=${invite}`);
    await staff.getByText('You have an invitation').waitFor();
    await enterAs(staff, `${server.url}/?invite=${invite}`, 'Astana Hub desk', 'kz');
    await staff.getByRole('button', { name: 'My booth' }).click();
    await staff.waitForURL(`${server.url}/exhibitor`);
    await staff
      .getByRole('heading', { name: /Astana Hub/ })
      .first()
      .waitFor({ timeout: 30_000 });

    const visitor = await newPage();
    await enterAs(visitor, server.url, 'Mehmet Yılmaz', 'tr');
    await visitor.getByRole('button', { name: 'Directory' }).click();
    await visitor.locator('button[data-pavilion="kz"] + button.directory-toggle').click();
    await visitor.locator(`button[data-booth="${BOOTH}"]`).click();
    const card = visitor.locator(`aside.booth-card[data-booth="${BOOTH}"]`);
    await card.waitFor({ timeout: 120_000 });
    expect(await card.locator('h2').textContent()).toBe('Astana Hub');
    // The exhibitor is at their dashboard, not in the pavilion: the card says so.
    expect(await card.textContent()).toMatch(/No staff at the booth/);
    await visitor.screenshot({ path: `${ARTIFACTS}/booth-card.png` });

    await card.getByRole('button', { name: 'Leave my card' }).click();
    await card.getByLabel('Organisation').fill('Bilkent Cyberpark');
    await card.getByLabel('E-mail').fill('mehmet@example.com.tr');
    await card.getByRole('button', { name: 'Send my card' }).click();
    expect(await card.getByRole('alert').first().textContent()).toMatch(/tick the box/);
    await card.getByLabel(/I agree to share/).check();
    await card.getByRole('button', { name: 'Send my card' }).click();
    await card.getByText('Your card has been left').waitFor();

    await staff.getByText('mehmet@example.com.tr').waitFor({ timeout: 15_000 });
    await staff.screenshot({ path: `${ARTIFACTS}/exhibitor.png`, fullPage: true });
    await Promise.all([visitor.context().close(), staff.context().close()]);
  });
});
