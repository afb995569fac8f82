import { RoomServiceClient, TrackSource } from 'livekit-server-sdk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../server/db/inviteStore.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { StageMessages } from '../../shared/stage.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { freePort } from '../fixtures/process.ts';
import { colyseusClient, sessionWithRole, until } from '../fixtures/server.ts';

const KEY = 'devkey';
const SECRET = 'stage-test-secret-0123456789-0123456789';
let livekitPort = 0;
const suite = browserSuite(async () => {
  livekitPort = await freePort();
  return {
    LIVEKIT: 'local',
    LIVEKIT_PORT: String(livekitPort),
    LIVEKIT_UDP_PORT: String(await freePort()),
    LIVEKIT_API_KEY: KEY,
    LIVEKIT_API_SECRET: SECRET,
  };
});
const livekit = () => new RoomServiceClient(`http://127.0.0.1:${livekitPort}`, KEY, SECRET);

/** Walks a page into the Kazakhstan pavilion through the directory and opens the stage panel. */
async function toStage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Directory' }).click();
  await page.locator('button[data-pavilion="kz"] + button.directory-toggle').click();
  await page.locator('button[data-booth="astana-hub"]').click();
  await page.getByTestId('place').filter({ hasText: 'Kazakhstan' }).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Stage', exact: true }).click();
  await page.locator('#stage-panel').waitFor();
}

/** Decoded frames of the stage video so far, and its size. */
function videoFrames(page: Page) {
  return page.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#stage-panel video');
    if (!video) return { frames: 0, width: 0 };
    return { frames: video.getVideoPlaybackQuality().totalVideoFrames, width: video.videoWidth };
  });
}

function hearsAudio(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLMediaElement>('audio, video')].some((el) =>
      (el.srcObject as MediaStream | null)?.getAudioTracks().some((t) => t.readyState === 'live' && !t.muted),
    ),
  );
}

async function participant(identity: string) {
  return (await livekit().listParticipants('stage-kz')).find((p) => p.identity === identity);
}

describe('a live pitch on a pavilion stage', { timeout: 600_000 }, () => {
  it('the speaker goes live; the audience sees and hears it; a listener speaks only once promoted', async () => {
    const server = suite.server();
    const { code } = await createInvite(server.db, { role: 'speaker', stage: 'kz' });
    const speaker = await suite.newPage(800, 600);
    await enterAs(speaker, `${server.url}/?invite=${code}`, 'Aliya Speaker', 'kz');
    await toStage(speaker);
    await speaker.getByRole('button', { name: 'Go live' }).click();
    await speaker.getByText('You are live').waitFor({ timeout: 60_000 });

    const audience = await suite.newPage(800, 600);
    await enterAs(audience, server.url, 'Listener', 'tr');
    await toStage(audience);
    await until(async () => (await videoFrames(audience)).width > 0, 60_000, 'the stage video');
    const first = await videoFrames(audience);
    expect(first.width).toBeGreaterThan(0);
    await audience.waitForTimeout(2000);
    const later = await videoFrames(audience);
    expect(later.frames).toBeGreaterThan(first.frames);
    expect(await hearsAudio(audience)).toBe(true);
    await audience.screenshot({ path: `${ARTIFACTS}/stage-live.png` });

    const listenerId = (await audience.evaluate(() => JSON.parse(sessionStorage.getItem('tm.session') ?? '{}'))).user
      .id as string;
    expect((await participant(listenerId))?.permission?.canPublish).toBe(false);

    await audience.getByRole('button', { name: 'Raise hand' }).click();
    const organiser = await sessionWithRole(server, { role: 'organiser' });
    const control = await colyseusClient(server).joinOrCreate(ROOMS.pavilion, {
      token: organiser.token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'kz',
    });
    control.onMessage('*', () => undefined);
    control.send(StageMessages.promote, { userId: listenerId });
    await audience.getByTestId('stage-mic').waitFor({ timeout: 30_000 });
    await until(async () => (await participant(listenerId))?.permission?.canPublish === true, 15_000, 'the grant');
    await audience.getByTestId('stage-mic').click();
    await until(
      async () => (await participant(listenerId))?.tracks.some((t) => t.source === TrackSource.MICROPHONE) === true,
      30_000,
      'the promoted listener’s microphone',
    );
    await control.leave();
    expect(suite.cspViolations()).toEqual([]);
  });
});
