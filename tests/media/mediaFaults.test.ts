import { TrackSource } from 'livekit-server-sdk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, enterAs, openSignedIn } from '../fixtures/browser.ts';
import { livekitOutage } from '../fixtures/livekitOutage.ts';
import { livekitSuite } from '../fixtures/livekitSuite.ts';
import { bookMeetingNow, hostAndDelegate, seesVideoOf } from '../fixtures/meetingPages.ts';
import { until } from '../fixtures/server.ts';
import { receivesStageVideo, speakerGoesLive, toStage } from '../fixtures/stagePages.ts';

const outage = livekitOutage();
const suite = livekitSuite({ LIVEKIT_BIN: outage.bin });

/** Counts the stage tokens a page asks for: every join of the stage's LiveKit room asks for one. */
function countStageJoins(page: Page): () => number {
  let joins = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/media/token') && request.postData()?.includes('stage-kz')) joins++;
  });
  return () => joins;
}

/** Whether `identity` sends camera and microphone to the stage room of the livekit-server running now. */
async function sendsCameraAndMic(identity: string): Promise<boolean> {
  const people = await suite
    .livekit()
    .listParticipants('stage-kz')
    .catch(() => []);
  const sources = people.find((p) => p.identity === identity)?.tracks.map((t) => t.source) ?? [];
  return sources.includes(TrackSource.CAMERA) && sources.includes(TrackSource.MICROPHONE);
}

/** The page's next `calls` requests for a camera or microphone fail, as when another program holds them. */
async function devicesBusyFor(page: Page, calls: number): Promise<void> {
  await page.evaluate((left) => {
    const devices = navigator.mediaDevices;
    const real = devices.getUserMedia.bind(devices);
    devices.getUserMedia = (constraints) =>
      left-- > 0
        ? Promise.reject(new DOMException('Could not start video source', 'NotReadableError'))
        : real(constraints);
  }, calls);
}

/** Kills livekit-server as a crash would; resolves with its pid once it is gone. */
async function crash(): Promise<number> {
  const pid = suite.livekitPid();
  expect(pid, 'a running livekit-server').toBeDefined();
  process.kill(pid!, 'SIGKILL');
  await until(() => suite.livekitPid() !== pid, 10_000, 'livekit-server to die');
  return pid!;
}

describe('livekit-server failing during a pitch and a side meeting', { timeout: 240_000 }, () => {
  it('shows them reconnecting; both come back by themselves after a crash and after a long outage', async () => {
    const server = suite.server();
    // Stage pages in 2D: the 3D world drawn in software would take this machine from the media.
    const speaker = await speakerGoesLive(suite, { view: '2d' });
    const speakerJoins = countStageJoins(speaker);
    const session = await speaker.evaluate(() => JSON.parse(sessionStorage.getItem('tm.session') ?? '{}'));
    const speakerId = session.user.id as string;
    const viewer = await suite.newPage(800, 600, { view: '2d' });
    const viewerJoins = countStageJoins(viewer);
    await enterAs(viewer, server.url, 'Listener', 'tr');
    await toStage(viewer);
    await receivesStageVideo(viewer, 'the stage video');

    const { host, delegate } = await hostAndDelegate(server);
    const meeting = await bookMeetingNow(server, host, { title: 'Corridor', invitees: [delegate.user.id] });
    const hostPage = await suite.newPage(800, 600);
    await openSignedIn(hostPage, meeting.url, host);
    const delegatePage = await suite.newPage(800, 600);
    await openSignedIn(delegatePage, meeting.url, delegate);
    await seesVideoOf(delegatePage, host.user.id);

    const reconnecting = viewer.locator('#stage-panel [role="status"]', { hasText: 'Reconnecting…' });
    const failed = viewer.locator('#stage-panel [role="alert"]');
    const meetingReconnecting = delegatePage.locator('.mtg-note', { hasText: 'Reconnecting…' });
    /** Nobody clicks: the speaker sends again, the audience and the meeting receive again. */
    const comesBack = async (after: string) => {
      await until(() => sendsCameraAndMic(speakerId), 90_000, `the speaker sending again ${after}`);
      await reconnecting.waitFor({ state: 'detached', timeout: 30_000 });
      await receivesStageVideo(viewer, `the stage video ${after}`);
      expect(await speaker.getByText('You are live').isVisible()).toBe(true);
      expect(await failed.count()).toBe(0);
      await seesVideoOf(delegatePage, host.user.id);
      expect(await meetingReconnecting.count()).toBe(0);
    };

    // A crash: the expo's supervisor has livekit-server back within seconds. The camera is busy
    // for a moment as well: livekit-client restarts camera and microphone to send it again, fails, only logs the
    // failure and calls the room reconnected. The page sees the camera missing and joins afresh.
    await devicesBusyFor(speaker, 2);
    const crashed = await crash();
    await reconnecting.waitFor({ timeout: 15_000 });
    await meetingReconnecting.waitFor({ timeout: 15_000 });
    await viewer.screenshot({ path: `${ARTIFACTS}/stage-reconnecting.png` });
    await until(
      () => ![undefined, crashed].includes(suite.livekitPid()),
      30_000,
      'the supervisor to start livekit-server again',
    );
    await comesBack('after the crash');

    // A long outage: livekit-server cannot start again until LiveKit's own reconnection (about
    // 45 s of tries with the old token) has given up on both stage pages, and the viewer has
    // joined again with fresh tokens more often than a first join would try.
    outage.down();
    const [speakerBefore, viewerBefore] = [speakerJoins(), viewerJoins()];
    await crash();
    await reconnecting.waitFor({ timeout: 15_000 });
    await until(
      async () => {
        expect(await failed.count(), 'the stage giving up').toBe(0);
        return speakerJoins() > speakerBefore && viewerJoins() >= viewerBefore + 5;
      },
      120_000,
      'both stage pages joining again by themselves while livekit-server is down',
    );
    expect(await reconnecting.isVisible()).toBe(true);
    expect(await meetingReconnecting.isVisible()).toBe(true);
    // The stage's own room is gone by now: the frame has nothing behind the words.
    await viewer.screenshot({ path: `${ARTIFACTS}/stage-reconnecting-outage.png` });
    await delegatePage.screenshot({ path: `${ARTIFACTS}/meeting-reconnecting.png` });
    outage.up();
    await comesBack('after the outage');
    await Promise.all([speaker.close(), viewer.close(), hostPage.close(), delegatePage.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });
});
