import { describe, expect, it } from 'vitest';
import { createInvite } from '../../server/db/inviteStore.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';

const BOOTH = 'astana-hub';
const suite = browserSuite();
const newPage = () => suite.newPage(1280, 800);

describe('booths, cards and leads in the browser', { timeout: 300_000 }, () => {
  it('a visitor walks to a booth, its card opens, they leave their card, and the exhibitor sees it live', async () => {
    const { code: invite } = await createInvite(suite.server().db, { role: 'exhibitor', boothId: BOOTH });
    const staff = await newPage();
    await staff.goto(`${suite.server().url}/?invite=${invite}`);
    await staff.getByText('You have an invitation').waitFor();
    await enterAs(staff, `${suite.server().url}/?invite=${invite}`, 'Astana Hub desk', 'kz');
    await staff.getByRole('button', { name: 'My booth' }).click();
    await staff.waitForURL(`${suite.server().url}/exhibitor`);
    await staff
      .getByRole('heading', { name: /Astana Hub/ })
      .first()
      .waitFor({ timeout: 30_000 });

    const visitor = await newPage();
    await enterAs(visitor, suite.server().url, 'Mehmet Yılmaz', 'tr');
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
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([visitor.context().close(), staff.context().close()]);
  });
});
