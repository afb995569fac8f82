import type { Page } from 'playwright-core';
import { createInvite } from '../../server/db/inviteStore.ts';
import { describe, expect, it } from 'vitest';
import type { Booth, BoothContent } from '../../shared/booths.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { call } from '../fixtures/http.ts';
import { sessionWithRole } from '../fixtures/server.ts';

const suite = browserSuite();
const BOOTH = 'astana-hub';
/** Each payload would run script or open a dialog if it were ever parsed as markup. */
const NAME = '<img src=x onerror=alert(1)>';
const CHAT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(2)">';
const BOOTH_NAME = '<svg onload=alert(3)>Hub';
const TAGLINE = '"><iframe src=javascript:alert(4)>';

/** A page that records every dialog that tries to open. */
async function watchedPage(width = 1280, height = 800) {
  const page = await suite.newPage(width, height);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

async function inert(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    injected: document.querySelectorAll('img[src="x"], svg[onload], iframe, script:not([src])').length,
  }));
}

describe('user-supplied text in real Chromium', { timeout: 300_000 }, () => {
  it('stays text: names, chat and booth texts run no script and open no dialog', async () => {
    const server = suite.server();
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' });
    const catalogue = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    const booth = catalogue.pavilions.flatMap((p) => p.booths).find((b: Booth) => b.id === BOOTH)!;
    const content: BoothContent = {
      ...booth.content,
      name: { ...booth.content.name, en: BOOTH_NAME },
      tagline: { ...booth.content.tagline, en: TAGLINE },
      team: [{ name: NAME, role: { en: TAGLINE } }],
    };
    const edited = await call(server, 'PUT', `/api/booths/${BOOTH}/content`, { token: organiser.token, body: content });
    expect(edited.status).toBe(200);

    const victim = await watchedPage();
    await enterAs(victim.page, server.url, 'Dana', 'kz');
    const attacker = await watchedPage();
    await enterAs(attacker.page, server.url, NAME, 'tr');

    await attacker.page.getByTestId('chat-toggle').click();
    await attacker.page.getByLabel(/Message to everyone/).fill(CHAT);
    await attacker.page.getByLabel(/Message to everyone/).press('Enter');

    await victim.page.getByTestId('chat-toggle').click();
    const message = victim.page.locator('#chat-panel').getByText(CHAT, { exact: true });
    await message.waitFor({ timeout: 15_000 });
    await victim.page.locator('#chat-panel').getByText(NAME, { exact: true }).first().waitFor();

    await victim.page.getByRole('button', { name: 'People' }).click();
    await victim.page.getByText(NAME, { exact: true }).first().waitFor();

    await victim.page.getByRole('button', { name: 'Directory' }).click();
    await victim.page.locator('button[data-pavilion="kz"] + button.directory-toggle').click();
    await victim.page.locator(`button[data-booth="${BOOTH}"]`).click();
    const card = victim.page.locator(`aside.booth-card[data-booth="${BOOTH}"]`);
    await card.waitFor({ timeout: 120_000 });
    expect(await card.locator('h2').textContent()).toBe(BOOTH_NAME);
    expect(await card.textContent()).toContain(TAGLINE);
    await victim.page.screenshot({ path: `${ARTIFACTS}/xss-inert.png` });

    for (const { page, dialogs } of [victim, attacker]) {
      expect(dialogs).toEqual([]);
      expect(await inert(page)).toEqual({ pwned: undefined, injected: 0 });
    }
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([victim.page.context().close(), attacker.page.context().close()]);
  });

  it('lets an organiser mute someone from the people list; the muted person can no longer write', async () => {
    const server = suite.server();
    const { code } = await createInvite(server.db, { role: 'organiser' });
    const guest = await watchedPage();
    await enterAs(guest.page, server.url, 'Loud Guest', 'uz');
    const organiser = await watchedPage();
    await enterAs(organiser.page, `${server.url}/?invite=${code}`, 'Chief Organiser', 'az');

    await organiser.page.getByRole('button', { name: 'People' }).click();
    const row = organiser.page.locator('#people-panel li', { hasText: 'Loud Guest' });
    await row.getByRole('button', { name: /Moderate/ }).click();
    await row.getByRole('button', { name: '15 minutes' }).click();
    await organiser.page.getByText(/Loud Guest is muted until/).waitFor({ timeout: 10_000 });

    await guest.page.getByTestId('chat-toggle').click();
    await guest.page.getByText(/An organiser has muted you/).waitFor({ timeout: 10_000 });
    expect(await guest.page.getByLabel(/Message to everyone/).isDisabled()).toBe(true);
    await guest.page.screenshot({ path: `${ARTIFACTS}/muted.png` });
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([guest.page.context().close(), organiser.page.context().close()]);
  });
});
