import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../server/db/inviteStore.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';

const suite = browserSuite();
const TITLE = 'Digital Silk Road: next steps';
const RETITLED = 'Digital Silk Road: a joint roadmap';

/** Tomorrow in the browser's (and this machine's) time zone, as a date field takes it. */
function tomorrow(): string {
  const day = new Date(Date.now() + 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** A delegate's invitation link. */
async function inviteLink(country: 'kz' | 'az'): Promise<string> {
  const { code } = await createInvite(suite.server().db, { role: 'delegate', delegation: country });
  return `${suite.server().url}/?invite=${code}`;
}

/** From the expo's top bar to the meetings page. */
async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Meetings/ }).click();
  await page.waitForURL(/\/meetings$/);
  await page.getByRole('heading', { name: 'My meetings' }).waitFor();
}

/**
 * Signs in through the landing page and opens /meetings by its address, without waiting for the
 * 3D expo to be drawn: on a phone-sized page that is all this test needs, and it spares the CPU.
 */
async function signInAndOpenMeetings(page: Page, link: string, name: string, country: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.locator(`label.country-card:has(input[value="${country}"])`).click();
  await page.getByRole('button', { name: 'Enter the expo' }).click();
  await page.waitForURL(/\/event$/);
  await page.goto(`${suite.server().url}/meetings`);
  await page.getByRole('heading', { name: 'My meetings' }).waitFor();
}

/** Fills the booking form for tomorrow 10:00–11:00 in the Astana hall with one invitee. */
async function fillBooking(page: Page, title: string, invitee: string): Promise<void> {
  const form = page.locator('#book');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Date').fill(tomorrow());
  await form.getByLabel('Start').fill('10:00');
  await form.getByLabel('Duration').selectOption({ label: '1 h' });
  await form.locator('label[data-hall="astana"]').click();
  await form.getByLabel('Search by name').fill(invitee.split(' ')[0]!);
  await form.getByRole('button', { name: `Add ${invitee}` }).click();
  await form.getByRole('button', { name: `Remove ${invitee}` }).waitFor();
}

describe('side meetings in the browser', { timeout: 400_000 }, () => {
  it('a delegate books a meeting, the invitee accepts it, and a clash keeps the form with the reason', async () => {
    const guest = await suite.newPage(390, 844);
    await signInAndOpenMeetings(guest, await inviteLink('az'), 'Elvin Mammadov', 'az');
    const host = await suite.newPage(1280, 800);
    await enterAs(host, await inviteLink('kz'), 'Aigerim Sadykova', 'kz');

    await openMeetings(host);
    await host.getByText('No meetings yet').waitFor();
    await host.screenshot({ path: `${ARTIFACTS}/meetings-empty.png` });
    await fillBooking(host, TITLE, 'Elvin Mammadov');
    await host.locator('#book').scrollIntoViewIfNeeded();
    await host.screenshot({ path: `${ARTIFACTS}/meetings-form.png` });
    await host.getByRole('button', { name: 'Book the meeting' }).click();

    const hostCard = host.locator('li.mtg-card', { hasText: TITLE });
    await hostCard.waitFor({ timeout: 15_000 });
    expect(await hostCard.locator('.mtg-person[data-rsvp="invited"]').textContent()).toContain('Elvin Mammadov');

    await guest.getByRole('button', { name: 'Refresh' }).click();
    const guestCard = guest.locator('li.mtg-card', { hasText: TITLE });
    await guestCard.waitFor({ timeout: 15_000 });
    expect(await guestCard.textContent()).toContain('Astana hall');
    await guestCard.getByRole('button', { name: 'Accept' }).click();
    await guestCard.locator('.mtg-person[data-rsvp="accepted"]', { hasText: 'Elvin Mammadov' }).waitFor();
    await guest.screenshot({ path: `${ARTIFACTS}/meetings-agenda-390.png` });

    // The host's page has no room connection: it reads the list again on Refresh (and every 30 s).
    await host.getByRole('button', { name: 'Refresh' }).click();
    await hostCard.locator('.mtg-person[data-rsvp="accepted"]', { hasText: 'Elvin Mammadov' }).waitFor();
    await host.locator('#my-meetings').scrollIntoViewIfNeeded();
    await host.screenshot({ path: `${ARTIFACTS}/meetings-agenda.png` });

    // The same hall at the same time: the server refuses and says why; nothing typed is lost.
    await fillBooking(host, 'A second meeting', 'Elvin Mammadov');
    await host.getByRole('button', { name: 'Book the meeting' }).click();
    const refusal = host.getByTestId('booking-refusal');
    await refusal.waitFor({ timeout: 15_000 });
    // The reason is the server's code, said by the interface: the hall by its name, the times by Intl.
    expect(await refusal.textContent()).toMatch(/Astana hall is already booked: /);
    expect(await refusal.textContent()).not.toMatch(/UTC on/);
    expect(await host.locator('#book').getByLabel('Title').inputValue()).toBe('A second meeting');
    expect(await host.locator('li.mtg-card', { hasText: 'A second meeting' }).count()).toBe(0);
    await refusal.scrollIntoViewIfNeeded();
    await host.screenshot({ path: `${ARTIFACTS}/meetings-clash.png` });

    // The host changes the title; the invitee's card says it has changed since they last saw it.
    await host.locator('li.mtg-card', { hasText: TITLE }).getByRole('button', { name: 'Change' }).click();
    await host.getByRole('heading', { name: `Change “${TITLE}”` }).waitFor();
    await host.locator('#book').getByLabel('Title').fill(RETITLED);
    await host.getByRole('button', { name: 'Save changes' }).click();
    await host.locator('li.mtg-card', { hasText: RETITLED }).waitFor({ timeout: 15_000 });
    await guest.getByRole('button', { name: 'Refresh' }).click();
    const changed = guest.locator('li.mtg-card', { hasText: RETITLED });
    await changed.locator('.mtg-badge[data-kind="changed"]').waitFor({ timeout: 15_000 });
    await changed.scrollIntoViewIfNeeded();
    await guest.screenshot({ path: `${ARTIFACTS}/meetings-changed-390.png` });

    await guest.locator('#book').scrollIntoViewIfNeeded();
    await guest.screenshot({ path: `${ARTIFACTS}/meetings-form-390.png` });
    await host.screenshot({ path: '/tmp/mtg/host-full.png', fullPage: true });
    await guest.screenshot({ path: '/tmp/mtg/guest-full.png', fullPage: true });
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([host.context().close(), guest.context().close()]);
  });
});
