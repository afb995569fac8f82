import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/stage.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { ARTIFACTS, browserSuite, enterAs, openSignedIn } from '../fixtures/browser.ts';
import { call } from '../fixtures/http.ts';
import { sessionWithRole } from '../fixtures/server.ts';

const suite = browserSuite();

describe('the organiser console', { timeout: 240_000 }, () => {
  it('shows a pavilion filling up live, without a reload, and puts a slot on a stage agenda', async () => {
    const server = suite.server();
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief Organiser' });
    const page = await suite.newPage(1280, 900);
    page.setDefaultTimeout(60_000);
    await openSignedIn(page, `${server.url}/organiser`, organiser);
    const kazakhstan = page.locator('#dashboard tr[data-place="kz"] .ed-count');
    await kazakhstan.waitFor();
    expect(await kazakhstan.getAttribute('data-count')).toBe('0');
    await page.locator('#dashboard .exh-live[data-state="live"]').waitFor();
    // Marks this document: after the count rises it must still be the same one (no reload).
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // A visitor in the 2D view (no WebGL needed) walks into the Kazakhstan pavilion.
    const visitor = await suite.newPage(1024, 700, { view: '2d' });
    visitor.setDefaultTimeout(60_000);
    await enterAs(visitor, server.url, 'Visiting Minister', 'kz');
    await visitor.locator('[data-pavilion="kz"]').click();
    await visitor.locator('.flat[data-place="kz"]').waitFor();

    await page.locator('#dashboard tr[data-place="kz"] .ed-count[data-count="1"]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.locator('#dashboard tr[data-place="kz"] .ed-instances li').count()).toBe(1);
    expect(await page.locator('#dashboard tr[data-stage="kz"] td').first().textContent()).toBe('1');
    await page.getByTestId('dashboard-updated').waitFor();
    expect(await page.getByTestId('dashboard-updated').textContent()).toMatch(/^Updated \d\d:\d\d:\d\d$/);
    await page.locator('#dashboard').screenshot({ path: `${ARTIFACTS}/organiser-dashboard.png` });

    // A slot on the Kazakhstan stage, with a booth, from the agenda section.
    await page.getByLabel('Stage', { exact: true }).selectOption('kz');
    await page.locator('#agenda table').waitFor();
    await page.locator('#slot-title').fill('Astana Hub demo day');
    await page.locator('#slot-speaker').fill('Aigerim Sarsenova');
    await page.locator('#slot-booth').selectOption('astana-hub');
    await page.getByRole('button', { name: 'Add slot' }).click();
    await page.locator('#agenda tr', { hasText: 'Astana Hub demo day' }).waitFor();
    const agenda = (await call(server, 'GET', '/api/stages/kz/agenda')).json as unknown as Agenda;
    expect(agenda.slots).toContainEqual(
      expect.objectContaining({
        title: 'Astana Hub demo day',
        speakerName: 'Aigerim Sarsenova',
        boothId: 'astana-hub',
      }),
    );
    // A slot that ends before it starts is refused in words, and nothing is added.
    await page.locator('#slot-title').fill('Backwards');
    await page.locator('#slot-speaker').fill('Nobody');
    await page.locator('#slot-end').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Add slot' }).click();
    await page.getByText('The slot must end after it starts.').waitFor();
    await page.locator('#agenda').screenshot({ path: `${ARTIFACTS}/organiser-agenda.png` });

    await page.screenshot({ path: `${ARTIFACTS}/organiser-console.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([visitor.context().close(), page.context().close()]);
  });
});
