import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, enterAs, openSignedIn } from '../fixtures/browser.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { call } from '../fixtures/http.ts';
import { sessionWithRole } from '../fixtures/server.ts';
import type { Catalogue } from '../../shared/catalogue.ts';

/**
 * An organiser imports a small exhibitor list with one bad row: the preview says which rows will be
 * created and why the bad one will not, creating needs the skip confirmed, and the new booths come
 * with invitation links (to copy, and as a CSV) and appear in the pavilion's list at once. A
 * visitor standing in that pavilion (in the 2D view) sees booths come and go without reloading.
 */

const suite = browserSuite();

const LIST =
  'pavilion,name,kind,tagline,website,name_ru\r\n' +
  'kz,Steppe Robotics,startup,"Robots for farms, large and small",https://steppe.example,Степь Роботикс\r\n' +
  'xx,Nowhere Labs,startup,Lost in the steppe,,\r\n' +
  'az,Caspian Sensors,hub,Sensors for the sea,,\r\n';

describe('event set-up in the organiser console', { timeout: 240_000 }, () => {
  it('imports an exhibitor list with a preview, then shows the new booths and their links', async () => {
    const server = suite.server();
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief Organiser' });
    const page = await suite.newPage(1280, 900, { view: null, acceptDownloads: true });
    await openSignedIn(page, `${server.url}/organiser`, organiser);

    const importSection = page.locator('#setup-import');
    await importSection.getByRole('heading', { name: 'Import exhibitors' }).waitFor({ timeout: 60_000 });
    await importSection
      .getByLabel('Choose a file')
      .setInputFiles({ name: 'exhibitors.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
    await importSection.getByRole('button', { name: 'Check the list' }).click();

    await importSection.getByText('Ready to be created: 2. With errors, not imported: 1.').waitFor();
    const rows = importSection.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).getAttribute('data-status')).toBe('ok');
    expect(await rows.nth(1).textContent()).toContain('pavilion: there is no pavilion “xx”.');
    expect(await rows.nth(1).getAttribute('data-status')).toBe('error');
    // Nothing exists yet: the check changed nothing.
    const before = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    expect(JSON.stringify(before)).not.toContain('Steppe Robotics');

    const create = importSection.getByRole('button', { name: 'Create booths and invitations (2)' });
    expect(await create.isDisabled()).toBe(true);
    await importSection.getByLabel('Skip the rows with errors (1) and create the others').check();
    expect(await seriousA11yViolations(page, '#setup-import')).toEqual([]);
    await importSection.locator('.setup-preview-block').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/organiser-import-preview.png` });
    await create.click();

    await importSection.getByRole('heading', { name: '2 booths created' }).waitFor({ timeout: 30_000 });
    const links = importSection.locator('input.setup-link-field');
    await expect.poll(() => links.count()).toBe(2);
    expect(await links.nth(0).inputValue()).toMatch(new RegExp(`^${server.url}/\\?invite=[A-Za-z0-9_-]{16,}$`));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      importSection.getByRole('button', { name: 'Download the links (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('steppe-robotics,Steppe Robotics,kz,');
    expect(csv).toContain('caspian-sensors,Caspian Sensors,az,');

    // The pavilion's list shows the new booth at once, with its actions.
    await importSection.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/organiser-import.png` });
    const kazakhstan = page.locator('article.setup-pavilion', { has: page.locator('#pavilion-kz-name') });
    await kazakhstan.getByText('Booths: 7 of').waitFor({ timeout: 10_000 });
    await kazakhstan.getByRole('button', { name: 'Show booths' }).click();
    const row = kazakhstan.locator('tr', { hasText: 'Steppe Robotics' });
    await row.getByRole('button', { name: 'Invite exhibitor' }).click();
    expect(await row.locator('input.setup-link-field').inputValue()).toMatch(/\?invite=/);
    expect(await seriousA11yViolations(page, '#setup-pavilions')).toEqual([]);
    await kazakhstan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/organiser-pavilions.png` });

    // A visitor in the pavilion, who reads the catalogue again whenever the server says it changed.
    const visitor = await suite.newPage(1280, 800, { view: '2d' });
    await enterAs(visitor, server.url, 'Visiting Minister', 'kz');
    await visitor.locator('[data-pavilion="kz"]').click();
    await visitor.locator('.flat[data-place="kz"]').waitFor({ timeout: 60_000 });
    await visitor.locator('[data-booth="steppe-robotics"]').waitFor({ timeout: 10_000 });

    // A booth added by hand, then one removed after the question.
    await kazakhstan.getByRole('button', { name: 'Add a booth' }).click();
    await kazakhstan.getByLabel('Booth name in English').fill('Nomad Drones');
    await kazakhstan.getByLabel('Tagline in English').fill('Drones that herd sheep');
    await kazakhstan.getByRole('button', { name: 'Add booth' }).click();
    await kazakhstan.locator('tr', { hasText: 'Nomad Drones' }).waitFor({ timeout: 10_000 });
    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('button', { name: 'Delete booth' }).click();
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    const after = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    const kzBooths = after.pavilions.find((p) => p.id === 'kz')!.booths.map((b) => b.id);
    expect(kzBooths).toContain('nomad-drones');
    expect(kzBooths).not.toContain('steppe-robotics');
    await visitor.locator('[data-booth="nomad-drones"]').waitFor({ timeout: 15_000 });
    await visitor.locator('[data-booth="steppe-robotics"]').waitFor({ state: 'detached', timeout: 15_000 });
    await visitor.screenshot({ path: `${ARTIFACTS}/organiser-setup-visitor.png` });
    const nomad = kazakhstan.locator('tr', { hasText: 'Nomad Drones' });
    await nomad.getByRole('button', { name: 'Delete' }).click();
    await nomad.getByRole('button', { name: 'Delete booth' }).click();
    await nomad.waitFor({ state: 'detached', timeout: 10_000 });
    await visitor.locator('[data-booth="nomad-drones"]').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await visitor.locator('.flat-booth').count()).toBe(6);
    await visitor.context().close();

    // The pavilion's name in another language and its main colour.
    await kazakhstan.getByRole('button', { name: 'Edit pavilion' }).click();
    await kazakhstan.getByLabel('Language of the texts').selectOption('ru');
    await kazakhstan.getByLabel('Name · Русский').fill('Павильон Казахстана');
    await kazakhstan.locator('.setup-colour input').first().fill('#1a7f9c');
    expect(await seriousA11yViolations(page, '#setup-pavilions')).toEqual([]);
    await kazakhstan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/organiser-pavilion-editor.png` });
    await kazakhstan.getByRole('button', { name: 'Save pavilion' }).click();
    await kazakhstan.locator('form').waitFor({ state: 'detached', timeout: 10_000 });
    const edited = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    expect(edited.pavilions.find((p) => p.id === 'kz')).toMatchObject({
      name: { en: 'Kazakhstan', ru: 'Павильон Казахстана' },
      colors: { primary: '#1a7f9c' },
    });
    expect(suite.cspViolations()).toEqual([]);
    await page.context().close();
  });
});
