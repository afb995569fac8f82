import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSignedIn } from '../fixtures/browser.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { livekitSuite } from '../fixtures/livekitSuite.ts';
import { bookMeetingNow, hostAndDelegate, seesVideoOf } from '../fixtures/meetingPages.ts';

/**
 * axe-core (WCAG 2.x A/AA) in real Chromium finds no serious or critical violation on the meeting
 * page in a live call with LiveKit: the host's and a delegate's video tiles, the controls, and the
 * chair's panel of people. The landing page and a booth card are audited in tests/e2e/accessibility.test.ts.
 */

const suite = livekitSuite();

describe('accessibility of the meeting page', { timeout: 300_000 }, () => {
  it('has no serious or critical violation during a call', async () => {
    const server = suite.server();
    const { host, delegate } = await hostAndDelegate(server);
    const { url } = await bookMeetingNow(server, host, {
      title: 'Green hydrogen corridor',
      invitees: [delegate.user.id],
    });

    // The host's window is small, so the panel of people starts closed (the delegate's is wide: it is open).
    const hostPage = await suite.newPage(800, 600);
    await openSignedIn(hostPage, url, host);
    await hostPage.getByText('Green hydrogen corridor').waitFor({ timeout: 60_000 });
    const delegatePage = await suite.newPage(1280, 800);
    await openSignedIn(delegatePage, url, delegate);
    await seesVideoOf(hostPage, delegate.user.id);

    expect(await seriousA11yViolations(hostPage)).toEqual([]);
    expect(await seriousA11yViolations(delegatePage)).toEqual([]);
    await hostPage.screenshot({ path: `${ARTIFACTS}/a11y-meeting.png` });

    // The chair's panel of people, with its mute and remove buttons, open beside the call.
    await hostPage.getByRole('button', { name: 'Show people' }).click();
    await hostPage.locator('#mtg-panel').waitFor();
    expect(await seriousA11yViolations(hostPage)).toEqual([]);
    await hostPage.screenshot({ path: `${ARTIFACTS}/a11y-meeting-people.png` });
    await Promise.all([hostPage.context().close(), delegatePage.context().close()]);
  });
});
