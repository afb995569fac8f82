import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventExport } from '../../shared/exportFormat.ts';
import type { Agenda } from '../../shared/stage.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { ARTIFACTS, browserSuite, enterAs, openSignedIn } from '../fixtures/browser.ts';
import { call } from '../fixtures/http.ts';
import { sessionWithRole } from '../fixtures/server.ts';

const suite = browserSuite();

describe('the organiser console', { timeout: 240_000 }, () => {
  it('shows a pavilion filling up live, without a reload, puts a slot on a stage agenda, adds a hall and exports', async () => {
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
    // The stage's audience is the pavilion's headcount, and the dashboard says so.
    await page
      .locator('#dashboard')
      .getByText(/^Everyone in a pavilion hears its stage/)
      .waitFor();
    expect(await page.locator('#dashboard th', { hasText: 'In the pavilion' }).count()).toBe(1);
    await page.getByTestId('dashboard-updated').waitFor();
    expect(await page.getByTestId('dashboard-updated').textContent()).toMatch(/^Updated \d\d:\d\d:\d\d$/);
    await page.locator('#dashboard').screenshot({ path: `${ARTIFACTS}/organiser-dashboard.png` });

    // A slot on the Kazakhstan stage, with a booth, from the agenda section.
    await page.getByLabel('Stage', { exact: true }).selectOption('kz');
    await page.locator('#agenda table').waitFor();
    // Tomorrow at 10:00 for half an hour, in the organiser's own time (the seeded agenda fills today's hour).
    const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString().slice(0, 10);
    await page.locator('#slot-start').fill(`${tomorrow}T10:00`);
    await page.locator('#slot-end').fill(`${tomorrow}T10:30`);
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
    // The same half hour again is refused by the server, which names the slot already there.
    await page.locator('#slot-start').fill(`${tomorrow}T10:15`);
    await page.locator('#slot-end').fill(`${tomorrow}T10:45`);
    await page.locator('#slot-title').fill('Second pitch');
    await page.locator('#slot-speaker').fill('Madina Bekova');
    await page.getByRole('button', { name: 'Add slot' }).click();
    await page.getByText(/This stage already has “Astana Hub demo day” at that time/).waitFor();
    // A slot that ends before it starts is refused in words, and nothing is added.
    await page.locator('#slot-title').fill('Backwards');
    await page.locator('#slot-speaker').fill('Nobody');
    await page.locator('#slot-end').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Add slot' }).click();
    await page.getByText('The slot must end after it starts.').waitFor();
    await page.locator('#agenda').screenshot({ path: `${ARTIFACTS}/organiser-agenda.png` });

    // A new meeting hall from the halls section, listed at once.
    await page.locator('#new-hall-name').fill('Samarkand Room');
    await page.locator('#new-hall-country').selectOption('uz');
    await page.locator('#new-hall-seats').fill('14');
    await page.getByRole('button', { name: 'Add hall' }).click();
    await page.locator('#halls tr[data-hall="samarkand-room"]').waitFor();
    await page.locator('#halls').screenshot({ path: `${ARTIFACTS}/organiser-halls.png` });

    // The export: one JSON file named after the event and the day, which the shared schema reads.
    for (const line of ['Announcements shown to everyone', 'Visitors’ reports', 'Room and nearby chat'])
      await page.locator('#export li', { hasText: line }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all event data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^event-[A-Za-z0-9_-]+-\d{4}-\d\d-\d\d\.json$/);
    const file = EventExport.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(file.sections.meetingHalls.map((h) => h.id)).toContain('samarkand-room');
    expect(file.sections.stageSlots.some((s) => s.title === 'Astana Hub demo day')).toBe(true);
    await page.getByText(/^Downloaded event-/).waitFor();

    await page.screenshot({ path: `${ARTIFACTS}/organiser-console.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([visitor.context().close(), page.context().close()]);
  });
});
