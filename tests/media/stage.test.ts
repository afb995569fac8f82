import { TrackSource } from 'livekit-server-sdk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../server/db/inviteStore.ts';
import { ARTIFACTS, enterAs } from '../fixtures/browser.ts';
import { livekitSuite } from '../fixtures/livekitSuite.ts';
import { until } from '../fixtures/server.ts';
import { speakerGoesLive, toStage, videoFrames } from '../fixtures/stagePages.ts';

const suite = livekitSuite();
/**
 * The pages watch the stage from the 2D view: what this file proves is the media, and two or
 * three pages drawing the 3D world in software leave WebRTC too little of two cores.
 */
const FLAT = { view: '2d' } as const;
const livekit = suite.livekit;

function hearsAudio(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLMediaElement>('audio, video')].some((el) =>
      (el.srcObject as MediaStream | null)?.getAudioTracks().some((t) => t.readyState === 'live' && !t.muted),
    ),
  );
}

/** The stage's video tracks as the page sees them: asked for, and arriving. */
function stageVideo(page: Page) {
  return page.evaluate(() => window.__media?.stageVideo() ?? []);
}

async function participant(identity: string) {
  return (await livekit().listParticipants('stage-kz')).find((p) => p.identity === identity);
}

describe('a live pitch on a pavilion stage', { timeout: 600_000 }, () => {
  it('the speaker goes live; the audience sees and hears it; a shared screen replaces the camera', async () => {
    const server = suite.server();
    const speaker = await speakerGoesLive(suite, FLAT);

    const audience = await suite.newPage(800, 600, FLAT);
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

    // A shared screen takes the camera's place on the big screen.
    await speaker.getByRole('button', { name: 'Share screen' }).click();
    await audience.getByLabel('Aliya Speaker is sharing their screen').waitFor({ timeout: 30_000 });
    // The fake camera is 4:3, the fake screen 16:9; adaptive stream picks the size, not the shape.
    const wide = async () => {
      const { width, height } = await videoFrames(audience);
      return height > 0 && Math.abs(width / height - 16 / 9) < 0.05;
    };
    await until(wide, 30_000, 'the shared screen');
    await speaker.getByRole('button', { name: 'Stop sharing' }).click();
    await audience.getByLabel('Live video: Aliya Speaker').waitFor({ timeout: 30_000 });
    await Promise.all([speaker.close(), audience.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });

  it('a listener speaks only once an organiser lets them from the queue, and can be muted and removed', async () => {
    const server = suite.server();
    const audience = await suite.newPage(800, 600, FLAT);
    await enterAs(audience, server.url, 'Listener', 'tr');
    await toStage(audience);
    const listenerId = (await audience.evaluate(() => JSON.parse(sessionStorage.getItem('tm.session') ?? '{}'))).user
      .id as string;
    await until(async () => (await participant(listenerId)) !== undefined, 30_000, 'the listener in the stage room');
    expect((await participant(listenerId))?.permission?.canPublish).toBe(false);
    expect(await audience.getByTestId('stage-mic').count()).toBe(0);

    await audience.getByRole('button', { name: 'Raise hand' }).click();
    const { code: organiserCode } = await createInvite(server.db, { role: 'organiser' });
    const organiser = await suite.newPage(800, 600, FLAT);
    await enterAs(organiser, `${server.url}/?invite=${organiserCode}`, 'Olga Organiser', 'kz');
    await toStage(organiser);
    await organiser.getByRole('tab', { name: /Hands/ }).click();
    await organiser.getByRole('button', { name: 'Let speak' }).click();
    await audience.getByTestId('stage-mic').waitFor({ timeout: 30_000 });
    await until(async () => (await participant(listenerId))?.permission?.canPublish === true, 15_000, 'the grant');
    await audience.getByTestId('stage-mic').click();
    await until(
      async () => (await participant(listenerId))?.tracks.some((t) => t.source === TrackSource.MICROPHONE) === true,
      30_000,
      'the promoted listener’s microphone',
    );

    const listenerRow = organiser.locator('.stage-person', { hasText: 'Listener' });
    await listenerRow.getByRole('button', { name: 'Mute microphone' }).click();
    await until(
      async () =>
        (await participant(listenerId))?.tracks.find((t) => t.source === TrackSource.MICROPHONE)?.muted === true,
      15_000,
      'the microphone muted by the organiser',
    );
    await listenerRow.getByRole('button', { name: 'Remove from stage' }).click();
    await until(async () => (await participant(listenerId)) === undefined, 15_000, 'the listener removed');
    await audience.getByText('An organiser took you off the stage.').waitFor({ timeout: 15_000 });
    // Two pages drawing the world in software leave the next test too little of the machine.
    await Promise.all([audience.close(), organiser.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });

  it('a visitor on the data-saver preset hears the stage without receiving its picture, until they change preset', async () => {
    const server = suite.server();
    const speaker = await speakerGoesLive(suite, FLAT);

    const saver = await suite.newPage(800, 600, FLAT);
    await saver.addInitScript(() => localStorage.setItem('tm.quality', 'lowBandwidth'));
    await enterAs(saver, server.url, 'Slow Network', 'tr');
    await toStage(saver);
    await until(() => hearsAudio(saver), 60_000, 'the stage sound');
    // The camera is there to take, and this page has neither asked for it nor received it.
    await until(async () => (await stageVideo(saver)).length > 0, 30_000, 'the stage camera published');
    expect(await stageVideo(saver)).toEqual([
      { identity: expect.any(String), source: 'camera', desired: false, subscribed: false },
    ]);
    expect((await videoFrames(saver)).frames).toBe(0);

    // A faster network: the picture is subscribed at once.
    await saver.getByRole('button', { name: 'Display settings' }).click();
    await saver.getByRole('radio', { name: /^Medium/ }).check();
    await until(async () => (await videoFrames(saver)).width > 0, 60_000, 'the stage video after the change');
    expect(await stageVideo(saver)).toEqual([
      { identity: expect.any(String), source: 'camera', desired: true, subscribed: true },
    ]);
    expect(await hearsAudio(saver)).toBe(true);
    await Promise.all([speaker.close(), saver.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });
});
