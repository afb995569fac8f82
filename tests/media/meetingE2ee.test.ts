import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { meetingRoomName } from '../../shared/meetings.ts';
import { ARTIFACTS, openSignedIn } from '../fixtures/browser.ts';
import { livekitSuite } from '../fixtures/livekitSuite.ts';
import { bookMeetingNow, hostAndDelegate, seesVideoOf } from '../fixtures/meetingPages.ts';
import { until } from '../fixtures/server.ts';

const suite = livekitSuite();
/** livekit.Encryption.Type: NONE is 0, GCM 1 (the enum is not re-exported by livekit-server-sdk). */
const ENCRYPTION_NONE = 0;

/** The security code a page shows, once it holds the meeting key. */
async function securityCodeOn(page: Page): Promise<string> {
  const code = page.locator('[data-testid="security-code"][data-state="ready"] strong');
  await code.waitFor({ timeout: 60_000 });
  return (await code.getAttribute('data-code')) ?? '';
}

describe('an end-to-end encrypted side meeting', { timeout: 600_000 }, () => {
  it('both sides show the same security code, see each other, and the SFU only carries encrypted tracks', async () => {
    const server = suite.server();
    const { host, delegate } = await hostAndDelegate(server);
    const { meetingId, url } = await bookMeetingNow(server, host, {
      title: 'Sealed corridor talks',
      invitees: [delegate.user.id],
      e2ee: true,
    });

    const hostPage = await suite.newPage(1000, 640);
    await openSignedIn(hostPage, url, host);
    await hostPage.getByText('Sealed corridor talks').waitFor({ timeout: 60_000 });
    const delegatePage = await suite.newPage(1000, 640);
    await openSignedIn(delegatePage, url, delegate);

    const hostCode = await securityCodeOn(hostPage);
    expect(hostCode).toMatch(/^\d{4} \d{4} \d{4}$/);
    expect(await securityCodeOn(delegatePage)).toBe(hostCode);
    expect(await hostPage.getByTestId('e2ee-badge').isVisible()).toBe(true);

    await seesVideoOf(delegatePage, host.user.id);
    await seesVideoOf(hostPage, delegate.user.id);

    // What livekit-server was given: every published track says it is encrypted.
    const livekit = suite.livekit();
    await until(
      async () => {
        const people = await livekit.listParticipants(meetingRoomName(meetingId));
        return people.length === 2 && people.every((p) => p.tracks.length >= 2);
      },
      30_000,
      'camera and microphone published by both',
    );
    const people = await livekit.listParticipants(meetingRoomName(meetingId));
    const tracks = people.flatMap((p) =>
      p.tracks.map((t) => ({ who: p.identity, name: t.name, encryption: t.encryption })),
    );
    expect(tracks.filter((t) => (t.encryption as number) === ENCRYPTION_NONE)).toEqual([]);

    await hostPage.locator('.mtg-header').screenshot({ path: `${ARTIFACTS}/meeting-e2ee-header.png` });
    await delegatePage.screenshot({ path: `${ARTIFACTS}/meeting-e2ee.png` });
    expect(suite.cspViolations()).toEqual([]);
  });
});
