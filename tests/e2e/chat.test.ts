import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../server/db/inviteStore.ts';
import { ARTIFACTS, browserSuite } from '../fixtures/browser.ts';

const suite = browserSuite();

const chat = (page: Page) => page.locator('#chat-panel');
const tab = (page: Page, name: RegExp) => chat(page).getByRole('tab', { name });

/**
 * As enterAs, but checking for the world by a timer rather than on animation frames: with two
 * software-rendered worlds on a busy machine, frames come too seldom for the default polling.
 */
async function enter(page: Page, url: string, name: string, country: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.locator(`label.country-card:has(input[value="${country}"])`).click({ noWaitAfter: true });
  await page.getByRole('button', { name: 'Enter the expo' }).click({ noWaitAfter: true });
  await page.waitForFunction(() => document.querySelector('main.event[data-ready="true"]') !== null, null, {
    polling: 500,
    timeout: 180_000,
  });
}

/** Hands the keys back to the world, as a click on it would, so that number keys react. */
const focusWorld = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('chat and reactions in the browser', { timeout: 1_200_000 }, () => {
  it('room, nearby and direct messages in their tabs, an organiser’s delete, and reactions above avatars', async () => {
    const [host, guest] = await Promise.all([suite.newPage(1020, 600), suite.newPage(1020, 600)]);
    // Two software-rendered worlds on a shared machine: actions can take a while, never forever,
    // and a click does not wait for navigations (there are none; the check alone can starve).
    for (const page of [host, guest]) page.setDefaultTimeout(60_000);
    const { code } = await createInvite(suite.server().db, { role: 'organiser' });
    await enter(host, `${suite.server().url}/?invite=${code}`, 'Gulnara Organiser', 'kz');
    await enter(guest, suite.server().url, 'Mehmet Yılmaz', 'tr');
    for (const page of [host, guest]) {
      await page.waitForFunction(() => Object.keys(window.__expo?.remotePositions() ?? {}).length === 1, null, {
        timeout: 20_000,
      });
    }

    // Reactions: a click on the bar, and a number key while the world has the keys.
    await host.getByRole('button', { name: 'Wave' }).click({ noWaitAfter: true });
    // A bubble lives for 3 s: both sides are watched at once, closely, and the picture taken at once.
    const bubble = (page: Page, selector: string) =>
      page.waitForFunction((css) => document.querySelector(css) !== null, selector, { polling: 50, timeout: 60_000 });
    await Promise.all([
      bubble(guest, '.reaction-bubble[data-emote="wave"]:not([data-who="self"])').then(() =>
        guest.screenshot({ path: `${ARTIFACTS}/chat-reaction.png` }),
      ),
      bubble(host, '.reaction-bubble[data-emote="wave"][data-who="self"]'),
    ]);
    await focusWorld(guest);
    await guest.keyboard.press('2');
    await bubble(host, '.reaction-bubble[data-emote="applause"]:not([data-who="self"])');
    // The bubble goes after a few seconds.
    await guest.locator('.reaction-bubble[data-emote="wave"]').waitFor({ state: 'detached', timeout: 60_000 });

    // A room message: the guest, chat closed, sees the unread badge, then the message on the Room tab.
    await host.getByTestId('chat-toggle').click({ noWaitAfter: true });
    await chat(host).getByRole('tab', { name: /^Room/, selected: true }).waitFor();
    await host.locator('#chat-input').fill('Welcome to the plaza, everyone');
    await host.keyboard.press('Enter');
    await guest.getByTestId('chat-toggle').getByText('1', { exact: true }).waitFor({ timeout: 60_000 });
    await guest.getByTestId('chat-toggle').click({ noWaitAfter: true });
    await chat(guest).getByText('Welcome to the plaza, everyone').waitFor();

    // Nearby: both stand at the plaza's arrival point, well within the radius.
    await tab(host, /^Nearby/).click({ noWaitAfter: true });
    expect(
      await chat(host)
        .getByText(/Nothing said nearby yet/)
        .count(),
    ).toBe(1);
    await host.locator('#chat-input').fill('Shall we visit the Kazakhstan pavilion?');
    await host.keyboard.press('Enter');
    await tab(guest, /Nearby.*1 new message/).waitFor({ timeout: 60_000 });
    await tab(guest, /^Nearby/).click({ noWaitAfter: true });
    await chat(guest).getByText('Shall we visit the Kazakhstan pavilion?').waitFor();

    // Direct: the guest starts a conversation from People; the host finds it under Direct.
    await guest.getByTestId('people-toggle').click({ noWaitAfter: true });
    await guest.getByRole('button', { name: 'Message Gulnara Organiser' }).click({ noWaitAfter: true });
    await chat(guest)
      .getByRole('tab', { name: /^Direct/, selected: true })
      .waitFor();
    await chat(guest).getByText('No messages with Gulnara Organiser yet').waitFor();
    await guest.locator('#chat-input').fill('Could we talk privately about the exhibition?');
    await guest.keyboard.press('Enter');
    await chat(guest).getByText('Could we talk privately about the exhibition?').waitFor();
    await tab(host, /Direct.*1 new message/).waitFor({ timeout: 60_000 });
    await tab(host, /^Direct/).click({ noWaitAfter: true });
    await chat(host)
      .getByRole('button', { name: /Mehmet Yılmaz/ })
      .click({ noWaitAfter: true });
    await chat(host).getByText('Could we talk privately about the exhibition?').waitFor();
    await host.locator('#chat-input').fill('Of course — come to the info desk.');
    await host.keyboard.press('Enter');
    await chat(guest).getByText('Of course — come to the info desk.').waitFor({ timeout: 60_000 });
    await host.waitForTimeout(300);
    await chat(host).screenshot({ path: `${ARTIFACTS}/chat-direct.png` });

    // The organiser deletes the guest's message after confirming; it goes for both, with a placeholder.
    const message = chat(host).locator('.chat-message', { hasText: 'Could we talk privately' });
    await message.hover();
    await message.getByRole('button', { name: 'Delete the message from Mehmet Yılmaz' }).click({ noWaitAfter: true });
    await host.getByRole('dialog', { name: 'Delete this message?' }).waitFor();
    await host.getByRole('button', { name: 'Delete for everyone' }).click({ noWaitAfter: true });
    for (const page of [host, guest]) {
      await chat(page).getByText('This message was deleted by an organiser.').waitFor({ timeout: 60_000 });
      expect(await chat(page).getByText('Could we talk privately about the exhibition?').count()).toBe(0);
    }
    // A guest has no delete buttons.
    expect(
      await chat(guest)
        .getByRole('button', { name: /Delete the message/ })
        .count(),
    ).toBe(0);

    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([host.context().close(), guest.context().close()]);
  });
});
