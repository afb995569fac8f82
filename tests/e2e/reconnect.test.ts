import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterAs, launchBrowser } from '../fixtures/browser.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';

let browser: Browser;
let server: ServerProcess | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGKILL');
});

describe('a lost connection in the browser', { timeout: 240_000 }, () => {
  it('shows "reconnecting", then returns to the landing page with a message when the place is gone', async () => {
    const port = await freePort();
    server = await startProcess('npx', ['tsx', 'server/index.ts'], port);
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    await enterAs(page, server.url, 'Leyla Məmmədova', 'az');

    // The server dies: every room and held seat is gone with it.
    await server.stop('SIGKILL');
    await page.getByTestId('reconnecting').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('reconnecting').textContent()).toMatch(/Reconnecting/);

    // It comes back on the same port, but the old seat cannot be reclaimed.
    server = await startProcess('npx', ['tsx', 'server/index.ts'], port);
    await page.waitForURL(`${server.url}/`, { timeout: 60_000 });
    expect(await page.getByRole('alert').first().textContent()).toMatch(/connection was lost/i);
    await page.close();
  });
});
