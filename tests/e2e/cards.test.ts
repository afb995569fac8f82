import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';

// Offers wait ten minutes here: on a busy machine two pages drawing 3D answer slowly (expiry has its own test).
const suite = browserSuite(async () => ({ CARD_OFFER_SECONDS: '600' }));

describe('business cards in the browser', { timeout: 1_200_000 }, () => {
  it('A fills in their card, offers an exchange from the People list, B accepts, and each has the other’s card', async () => {
    // Modest pages: software WebGL on a shared machine draws fewer pixels, and the panels still fit side by side.
    const [a, b] = await Promise.all([suite.newPage(1100, 700), suite.newPage(1100, 700)]);
    // Two pages drawing 3D in software answer slowly when the machine is busy; waits are long, never sleeps.
    for (const page of [a, b]) page.setDefaultTimeout(120_000);
    await enterAs(a, suite.server().url, 'Aigerim Sadykova', 'kz', 240_000);
    await enterAs(b, suite.server().url, 'Mehmet Yılmaz', 'tr', 240_000);

    // A's card: a mistake is explained beside its field and nothing is saved; then the card is saved.
    await a.getByTestId('cards-toggle').click();
    await a.getByRole('tab', { name: 'My card' }).click();
    await a.getByLabel('Organisation').fill('Astana Hub');
    await a.getByLabel('Title or position').fill('Head of partnerships');
    await a.getByLabel('E-mail').fill('aigerim at astanahub');
    await a.getByLabel('Phone').fill('+7 701 555 12 34');
    await a.getByLabel('Website').fill('https://astanahub.com');
    await a.getByRole('button', { name: 'Save my card' }).click();
    const emailError = a.locator('#my-card-email-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toMatch(/valid e-mail address/);
    expect(await a.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    // The preview shows the card as it will be given, while it is typed.
    expect(await a.locator('.my-card-preview').textContent()).toMatch(
      /Astana Hub.*Head of partnerships|Head of partnerships.*Astana Hub/,
    );
    await a.getByLabel('E-mail').fill('aigerim@astanahub.kz');
    await a.getByRole('button', { name: 'Save my card' }).click();
    await a.getByText('Your card is saved.').waitFor();
    await a.screenshot({ path: `${ARTIFACTS}/cards-my-card.png` });
    await a.getByTestId('cards-toggle').click();

    // A offers from the People list.
    await a.getByTestId('people-toggle').click();
    await a.getByRole('button', { name: 'Exchange business cards with Mehmet Yılmaz' }).click();
    await a.getByText(/Waiting for Mehmet Yılmaz to accept/).waitFor();

    // B is asked, and nothing is shared before B answers.
    const prompt = b.locator('.card-offer');
    await prompt.waitFor({ timeout: 15_000 });
    expect(await prompt.textContent()).toMatch(/Aigerim Sadykova \(Astana Hub\) offers to exchange business cards/);
    await b.screenshot({ path: `${ARTIFACTS}/cards-prompt.png` });
    await prompt.getByRole('button', { name: 'Accept' }).click();

    // Both are told; each finds the other's card in their Cards panel.
    await a.getByText('You and Mehmet Yılmaz exchanged business cards.').waitFor({ timeout: 15_000 });
    await b.getByText('You and Aigerim Sadykova exchanged business cards.').waitFor({ timeout: 15_000 });
    expect(await b.locator('.card-offer').count()).toBe(0);

    await b.getByTestId('cards-toggle').click();
    const card = b.getByRole('article', { name: 'Business card of Aigerim Sadykova' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Head of partnerships/);
    expect(await card.locator('a[href="mailto:aigerim@astanahub.kz"]').count()).toBe(1);
    expect(await card.locator('a[href="tel:+77015551234"]').count()).toBe(1);
    expect(await card.locator('a[href="https://astanahub.com"]').count()).toBe(1);
    expect(await card.textContent()).toMatch(/Expo plaza/);
    await b.screenshot({ path: `${ARTIFACTS}/cards-panel.png` });

    // The card downloads as a vCard.
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      card.getByRole('button', { name: 'Save the card of Aigerim Sadykova as a vCard' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Aigerim-Sadykova.vcf');
    const vcf = await readFile((await download.path())!, 'utf8');
    expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(vcf).toContain('FN:Aigerim Sadykova\r\n');
    expect(vcf).toContain('ORG:Astana Hub\r\n');
    expect(vcf).toContain('EMAIL;TYPE=work:aigerim@astanahub.kz\r\n');

    await a.getByTestId('people-toggle').click();
    await a.getByTestId('cards-toggle').click();
    await a.getByRole('article', { name: 'Business card of Mehmet Yılmaz' }).waitFor();
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([a.context().close(), b.context().close()]);
  });
});
