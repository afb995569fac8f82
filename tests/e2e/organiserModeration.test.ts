import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, enterAs, openSignedIn } from '../fixtures/browser.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { newSession, sessionWithRole } from '../fixtures/server.ts';

const suite = browserSuite();

const EN = 'The closing ceremony starts at 18:00 on the plaza.';
const RU = 'Церемония закрытия начнётся в 18:00 на площади.';

const ru = JSON.parse(readFileSync(new URL('../../client/i18n/locales/ru.json', import.meta.url), 'utf8')) as {
  errors: { banned: string };
};

const banner = (page: Page) => page.getByTestId('announcement');

describe('the organiser’s announcements and moderation panel in the browser', { timeout: 900_000 }, () => {
  it('an announcement in two languages reaches the 3D and 2D views; a report from the people list ends in a ban', async () => {
    const server = suite.server();
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief Organiser', country: 'az' });
    const desk = await suite.newPage(1280, 900, { view: null });
    desk.setDefaultTimeout(60_000);
    await openSignedIn(desk, `${server.url}/organiser`, organiser);
    await desk.getByRole('heading', { name: 'Announcements', level: 2 }).waitFor();

    // A visitor whose browser speaks Russian is already walking in the 3D plaza.
    const troll = await newSession(server, { name: 'Боря Тролль', country: 'kz', lang: 'ru' });
    const russian = await suite.newPage(1280, 720, { locale: 'ru-RU' });
    russian.setDefaultTimeout(60_000);
    await openSignedIn(russian, `${server.url}/event`, troll);
    await russian.waitForFunction(() => document.querySelector('main.event[data-ready="true"]') !== null, null, {
      polling: 500,
      timeout: 180_000,
    });

    // The organiser writes in English and Russian, sees the preview, and sends it until ended.
    const section = desk.locator('#announcements');
    await section.getByLabel('Message in English').fill(EN);
    await section.getByRole('tab', { name: /Русский/ }).click();
    await section.getByLabel('Message in Русский').fill(RU);
    await section.locator('.announce-preview').getByText(RU).waitFor();
    expect(await seriousA11yViolations(desk, '#announcements')).toEqual([]);
    await section.getByRole('button', { name: 'Send to everyone' }).click();
    await section.getByText('Sent. Everyone in the expo sees the banner now.').waitFor();
    await section
      .getByRole('row', { name: new RegExp(EN.slice(0, 20)) })
      .getByText('Showing')
      .waitFor();
    await desk.screenshot({ path: `${ARTIFACTS}/announcements-console.png`, fullPage: true });

    // The Russian visitor sees it at once, in Russian, without covering the controls.
    await banner(russian).getByText(RU).waitFor({ timeout: 60_000 });
    expect(await banner(russian).textContent()).toContain('Объявление');
    expect(await russian.locator('.announcement-region').getAttribute('aria-live')).toBe('polite');
    const [topBar, shown] = await Promise.all([
      russian.locator('.top-bar').boundingBox(),
      banner(russian).boundingBox(),
    ]);
    expect(shown!.y).toBeGreaterThanOrEqual(topBar!.y + topBar!.height);
    await russian.screenshot({ path: `${ARTIFACTS}/announcement-3d.png` });

    // Someone arriving afterwards, in the 2D view and in English, sees it on arrival.
    const reporter = await suite.newPage(1280, 720, { view: '2d' });
    reporter.setDefaultTimeout(60_000);
    await enterAs(reporter, server.url, 'Reporting Visitor', 'tr', 180_000);
    await banner(reporter).getByText(EN).waitFor();
    expect(await seriousA11yViolations(reporter, '.announcement-region')).toEqual([]);
    await reporter.screenshot({ path: `${ARTIFACTS}/announcement-2d.png` });

    // Ending it takes it away everywhere; a new one shows again, and each visitor may put it away for themselves.
    const recent = (text: string) => section.getByRole('row', { name: new RegExp(text.slice(0, 20)) });
    await recent(EN).getByRole('button', { name: 'End' }).click();
    await recent(EN).getByRole('button', { name: 'End now' }).click();
    await recent(EN).getByText('Ended').waitFor();
    await Promise.all([banner(reporter), banner(russian)].map((b) => b.waitFor({ state: 'detached' })));
    const SECOND = 'Lunch is served in the Kazakhstan pavilion.';
    await section.getByLabel('Message in English').fill(SECOND);
    await section.getByLabel('Shows').selectOption({ label: 'For 30 minutes' });
    await section.getByRole('button', { name: 'Send to everyone' }).click();
    await banner(reporter).getByText(SECOND).waitFor();
    // No Russian text this time: the Russian visitor reads the English.
    await banner(russian).getByText(SECOND).waitFor();
    // On a phone, below the wrapped top bar and clear of the dock.
    const phone = await suite.newPage(390, 844, { view: '2d', hasTouch: true, isMobile: true });
    phone.setDefaultTimeout(60_000);
    await enterAs(phone, server.url, 'Phone Visitor', 'uz', 180_000);
    await banner(phone).getByText(SECOND).waitFor();
    const [bar, box, dock] = await Promise.all(
      ['.top-bar', '[data-testid="announcement"]', '.hud-dock'].map((css) => phone.locator(css).boundingBox()),
    );
    expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    expect(box!.y + box!.height).toBeLessThan(dock!.y);
    await phone.screenshot({ path: `${ARTIFACTS}/announcement-phone.png` });
    await phone.context().close();
    await banner(reporter).getByRole('button', { name: 'Hide this announcement' }).click();
    await banner(reporter).waitFor({ state: 'detached' });
    expect(await banner(russian).count()).toBe(1);

    // The same report can be made from what someone wrote in the chat: here only opened and closed.
    await russian.getByTestId('chat-toggle').click({ noWaitAfter: true });
    await russian.locator('#chat-input').fill('Все сюда, быстро!');
    await russian.keyboard.press('Enter');
    await reporter.getByTestId('chat-toggle').click({ noWaitAfter: true });
    const line = reporter.locator('.chat-message', { hasText: 'Все сюда, быстро!' });
    await line.getByRole('button', { name: 'Report Боря Тролль' }).click();
    const fromChat = reporter.getByRole('dialog', { name: 'Report Боря Тролль' });
    await fromChat.getByLabel('Spam').waitFor();
    await reporter.screenshot({ path: `${ARTIFACTS}/report-from-chat.png` });
    await fromChat.getByRole('button', { name: 'Cancel' }).click();
    await fromChat.waitFor({ state: 'detached' });
    await reporter.getByTestId('chat-toggle').click({ noWaitAfter: true });

    // The reporter reports the Russian visitor from the people list.
    await reporter.getByTestId('people-toggle').click();
    const row = reporter.locator('#people-panel li', { hasText: 'Боря Тролль' });
    await row.getByRole('button', { name: 'Report Боря Тролль' }).click();
    const dialog = reporter.getByRole('dialog', { name: 'Report Боря Тролль' });
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Please choose what the problem is.').waitFor();
    await dialog.getByLabel('Harassment').check();
    await dialog.getByLabel('Details (optional)').fill('Insults in the plaza chat');
    await reporter.screenshot({ path: `${ARTIFACTS}/report-dialog.png` });
    expect(await seriousA11yViolations(reporter, 'dialog.mod-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await reporter
      .getByTestId('report-sent')
      .getByText(/The organisers have your report about Боря Тролль/)
      .waitFor();
    await reporter.getByTestId('report-sent').getByRole('button', { name: 'Close' }).click();

    // The organiser sees the report (the panel reads itself again) and bans from it.
    const reports = desk.locator('#reports');
    await reports.getByRole('button', { name: 'Refresh' }).click();
    const card = reports.getByTestId('report-card').filter({ hasText: 'Боря Тролль' });
    await card.getByText('Insults in the plaza chat').waitFor();
    await card.getByText(/Reported by Reporting Visitor/).waitFor();
    await card.scrollIntoViewIfNeeded();
    expect(await seriousA11yViolations(desk, '#reports')).toEqual([]);
    await desk.screenshot({ path: `${ARTIFACTS}/moderation-panel.png`, fullPage: true });
    await card.getByRole('button', { name: 'Ban' }).click();
    const confirm = desk.getByRole('dialog', { name: 'Ban Боря Тролль?' });
    expect(await confirm.getByLabel('Reason (optional)').inputValue()).toBe(
      'Report: Harassment: Insults in the plaza chat',
    );
    await confirm.getByLabel('Note for the other organisers (optional)').fill('Second warning today');
    await confirm.getByRole('button', { name: 'Ban' }).click();
    await reports.getByText('Боря Тролль is banned. The report is closed.').waitFor();
    await reports.getByText('No open reports').waitFor();
    // The handled report keeps what was done and the organiser's own note, each in its place.
    await reports.getByText(/1 handled report/).click();
    const handled = reports.getByRole('row', { name: /Боря Тролль/ });
    await handled.getByText('Second warning today').waitFor();
    await handled.getByText(/Acted on/).waitFor();
    await handled.scrollIntoViewIfNeeded();
    await desk.screenshot({ path: `${ARTIFACTS}/reports-handled.png` });
    await desk
      .locator('#moderation')
      .getByRole('row', { name: /Боря Тролль/ })
      .getByText('Banned')
      .waitFor();

    // The banned visitor is disconnected and back on the landing page, told why.
    await russian.waitForFunction(() => document.querySelector('main.event') === null, null, {
      polling: 250,
      timeout: 60_000,
    });
    await russian.getByText(ru.errors.banned).waitFor();

    expect(suite.cspViolations()).toEqual([]);
    await Promise.all([desk, russian, reporter].map((page) => page.context().close()));
  });
});
