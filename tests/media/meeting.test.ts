import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { meetingRoomName } from '../../shared/meetings.ts';
import { ARTIFACTS, openSignedIn } from '../fixtures/browser.ts';
import { call } from '../fixtures/http.ts';
import { livekitSuite } from '../fixtures/livekitSuite.ts';
import { bookMeetingNow, hostAndDelegate, seesVideoOf } from '../fixtures/meetingPages.ts';
import { newSession, sessionWithRole, until } from '../fixtures/server.ts';

const suite = livekitSuite();

/** The volume of each <audio> the meeting plays, by its track's name and its publisher. */
function audioVolumes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAudioElement>('[data-meeting-audio] audio')].map((audio) => ({
      identity: audio.dataset.identity ?? '',
      trackName: audio.dataset.trackName ?? '',
      volume: audio.volume,
    })),
  );
}

describe('a private side meeting with interpretation', { timeout: 600_000 }, () => {
  it('delegates see each other, an interpreter is heard in Russian over a quiet floor, the chair admits a guest', async () => {
    const server = suite.server();
    const { host, delegate } = await hostAndDelegate(server);
    const interpreter = await sessionWithRole(
      server,
      { role: 'interpreter', lang: 'ru' },
      { name: 'Irina Interpreter', country: 'kg' },
    );
    const { meetingId, url } = await bookMeetingNow(server, host, {
      title: 'Digital Silk Road corridor',
      invitees: [delegate.user.id, interpreter.user.id],
      languages: ['ru'],
    });
    const livekit = suite.livekit();

    // The host and an invited delegate see each other's camera.
    const hostPage = await suite.newPage(800, 600);
    await openSignedIn(hostPage, url, host);
    await hostPage.getByText('Digital Silk Road corridor').waitFor({ timeout: 60_000 });
    const delegatePage = await suite.newPage(800, 600);
    await openSignedIn(delegatePage, url, delegate);
    await seesVideoOf(delegatePage, host.user.id);
    await seesVideoOf(hostPage, delegate.user.id);
    expect(await hostPage.getByText('No recording').isVisible()).toBe(true);

    // The interpreter's microphone goes out under the name of their language.
    const interpreterPage = await suite.newPage(800, 600);
    await openSignedIn(interpreterPage, url, interpreter);
    await interpreterPage.getByTestId('meeting-mic').waitFor();
    await until(
      async () => (await interpreterPage.getByTestId('meeting-mic').isEnabled()) === true,
      60_000,
      'the call',
    );
    await until(
      async () => {
        const people = await livekit.listParticipants(meetingRoomName(meetingId));
        return !!people
          .find((p) => p.identity === interpreter.user.id)
          ?.tracks.some((t) => t.name === 'interpretation-ru');
      },
      60_000,
      'the interpretation track published',
    );
    await interpreterPage.getByTestId('meeting-mic').click();
    await until(
      async () => {
        const people = await livekit.listParticipants(meetingRoomName(meetingId));
        const track = people
          .find((p) => p.identity === interpreter.user.id)
          ?.tracks.find((t) => t.name === 'interpretation-ru');
        return track !== undefined && !track.muted;
      },
      30_000,
      'the interpreter speaking',
    );

    // Listening to Russian: the interpreter at full volume, the floor at a fifth.
    await delegatePage.getByLabel('Listen to').selectOption('ru');
    await until(
      async () => {
        const volumes = await audioVolumes(delegatePage);
        const russian = volumes.find((a) => a.trackName === 'interpretation-ru');
        const floor = volumes.find((a) => a.identity === host.user.id);
        return russian?.volume === 1 && floor !== undefined && Math.abs(floor.volume - 0.2) < 1e-6;
      },
      30_000,
      'Russian loud and the floor quiet',
    );
    await delegatePage.screenshot({ path: `${ARTIFACTS}/meeting-grid.png` });

    // Back to the floor: the interpreter is not received at all, the floor is at full volume.
    await delegatePage.getByLabel('Listen to').selectOption('floor');
    await until(
      async () => {
        const volumes = await audioVolumes(delegatePage);
        const floor = volumes.find((a) => a.identity === host.user.id);
        return !volumes.some((a) => a.trackName === 'interpretation-ru') && floor?.volume === 1;
      },
      30_000,
      'the interpreter unsubscribed',
    );
    await interpreterPage.close();

    // Someone with the link but not on the list waits until the chair lets them in.
    const guest = await newSession(server, { name: 'Gábor Guest', country: 'hu', lang: 'en' });
    const guestPage = await suite.newPage(800, 600);
    await openSignedIn(guestPage, url, guest);
    await guestPage.getByText('Waiting for the host to let you in').waitFor({ timeout: 30_000 });
    expect(await guestPage.getByText('Digital Silk Road corridor').count()).toBe(0);
    await guestPage.screenshot({ path: `${ARTIFACTS}/meeting-waiting-room.png` });
    await hostPage.getByRole('button', { name: 'Show people' }).click();
    await hostPage.getByRole('button', { name: 'Admit Gábor Guest' }).waitFor({ timeout: 30_000 });
    await hostPage.screenshot({ path: `${ARTIFACTS}/meeting-chair-panel.png` });
    await hostPage.getByRole('button', { name: 'Admit Gábor Guest' }).click();
    await guestPage.getByText('Digital Silk Road corridor').waitFor({ timeout: 30_000 });
    await seesVideoOf(guestPage, host.user.id);

    await delegatePage.setViewportSize({ width: 390, height: 780 });
    await delegatePage.waitForTimeout(500);
    await delegatePage.screenshot({ path: `${ARTIFACTS}/meeting-phone.png` });
    await Promise.all([hostPage.close(), delegatePage.close(), guestPage.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });

  it('a delegate on the data-saver preset hears the meeting but is sent no camera', async () => {
    const server = suite.server();
    const { host, delegate } = await hostAndDelegate(server);
    // The first hall holds the meeting of the test before, still running.
    const halls = (await call(server, 'GET', '/api/meetings/halls', { token: host.token })).json.halls as {
      id: string;
    }[];
    const { url } = await bookMeetingNow(server, host, {
      title: 'Quiet line',
      hallId: halls[1]!.id,
      invitees: [delegate.user.id],
    });
    const hostPage = await suite.newPage(800, 600);
    await openSignedIn(hostPage, url, host);
    const saver = await suite.newPage(800, 600);
    await saver.addInitScript(() => localStorage.setItem('tm.quality', 'lowBandwidth'));
    await openSignedIn(saver, url, delegate);
    await seesVideoOf(hostPage, delegate.user.id);

    const hostVideo = () => saver.evaluate(() => window.__media?.meetingVideo() ?? []);
    await until(async () => (await hostVideo()).length > 0, 60_000, "the host's camera published");
    await until(
      async () => (await audioVolumes(saver)).some((a) => a.identity === host.user.id),
      30_000,
      "the host's voice",
    );
    expect(await hostVideo()).toEqual([
      { identity: host.user.id, source: 'camera', desired: false, subscribed: false },
    ]);
    await Promise.all([hostPage.close(), saver.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });
});
