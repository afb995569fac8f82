import { TrackSource } from 'livekit-server-sdk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VOICE } from '../../shared/voice.ts';
import { ARTIFACTS, enterAs } from '../fixtures/browser.ts';
import { livekitSuite } from '../fixtures/livekitSuite.ts';
import { call } from '../fixtures/http.ts';
import { sessionWithRole, until } from '../fixtures/server.ts';

const suite = livekitSuite();

function userId(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('tm.session') ?? '{}').user.id as string);
}

function where(page: Page): Promise<{ x: number; z: number }> {
  return page.evaluate(() => ({ x: window.__expo!.self.x, z: window.__expo!.self.z }));
}

async function apart(a: Page, b: Page): Promise<number> {
  const [p, q] = await Promise.all([where(a), where(b)]);
  return Math.hypot(p.x - q.x, p.z - q.z);
}

const heard = (page: Page) => page.evaluate(() => window.__voice!.heard());
const publishers = (page: Page) => page.evaluate(() => window.__voice!.publishers());
const received = (page: Page) => page.evaluate(() => window.__voice!.received());

/** Holds a walking key (running) until `done`, as a visitor would; lets go whatever happens. */
async function walkUntil(page: Page, key: string, done: () => Promise<boolean>, what: string): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.down(key);
  try {
    await until(done, 60_000, what);
  } finally {
    await page.keyboard.up(key);
    await page.keyboard.up('Shift');
  }
}

/**
 * Chromium's fake microphone only beeps now and then, too briefly for LiveKit to count as speech:
 * B's page gets a microphone that hums a steady tone instead, the way a voice keeps going.
 */
function humInsteadOfBeeps(): void {
  const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    if (!constraints?.audio || constraints.video) return real(constraints);
    const context = new AudioContext();
    const tone = new OscillatorNode(context, { frequency: 220 });
    const out = new MediaStreamAudioDestinationNode(context);
    tone.connect(out);
    tone.start();
    await context.resume();
    return out.stream;
  };
}

/** The page's voice is connected: its microphone button can be pressed. */
async function voiceReady(page: Page): Promise<void> {
  await page.locator('[data-testid="voice-mic"]:not([disabled])').waitFor({ timeout: 60_000 });
}

describe('proximity voice in the plaza', { timeout: 600_000 }, () => {
  it('A hears B nearby, C far away does not subscribe to B until it walks up', async () => {
    const server = suite.server();
    // Small windows: three software-rendered worlds on one machine; A's and B's are in the screenshots.
    const [a, b, c] = await Promise.all([suite.newPage(640, 480), suite.newPage(800, 600), suite.newPage(480, 320)]);
    await enterAs(a!, server.url, 'Aidos Listener', 'kz');
    await b!.addInitScript(humInsteadOfBeeps);
    await enterAs(b!, server.url, 'Bakyt Speaker', 'kg');
    // The third software-rendered world loads while two others draw: it is given longer.
    await enterAs(c!, server.url, 'Cemil Faraway', 'tr', 300_000);
    const [pageA, pageB, pageC] = [a!, b!, c!];
    await Promise.all([pageA, pageB, pageC].map(voiceReady));
    const bId = await userId(pageB);

    // The microphone is off by default: nothing is published until B turns it on.
    const mic = pageB.getByTestId('voice-mic');
    await expect(mic.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await publishers(pageA)).toEqual([]);

    // C runs backwards, away from the fountain the spawn point faces, further than anyone can be heard.
    await walkUntil(pageC, 'KeyS', async () => (await apart(pageC, pageB)) > VOICE.hearingRadius + 8, 'C far away');
    expect(await apart(pageA, pageB)).toBeLessThan(VOICE.hearingRadius / 2);

    await mic.click();
    await until(async () => (await mic.getAttribute('data-live')) === 'true', 30_000, 'B’s microphone live');

    // LiveKit has B's microphone; A subscribes to it and its bytes keep arriving.
    // One plaza instance, one voice room, with all three in it.
    const rooms = (await suite.livekit().listRooms()).filter((r) => r.name.startsWith('voice-'));
    expect(rooms).toHaveLength(1);
    const room = rooms[0];
    expect((await suite.livekit().listParticipants(room!.name)).length).toBe(3);
    await until(
      async () =>
        (await suite.livekit().listParticipants(room!.name))
          .find((p) => p.identity === bId)
          ?.tracks.some((t) => t.source === TrackSource.MICROPHONE && !t.muted) === true,
      30_000,
      'B’s microphone in the voice room',
    );
    await until(async () => (await heard(pageA)).includes(bId), 30_000, 'A subscribed to B');
    await until(async () => ((await received(pageA))[bId] ?? 0) > 0, 30_000, 'B’s audio reaching A');
    const first = (await received(pageA))[bId]!;
    await until(async () => ((await received(pageA))[bId] ?? 0) > first + 2000, 30_000, 'more of B’s audio at A');

    // LiveKit names B among the active speakers: the indicator shows above B, for A and for B.
    const speaking = async (page: Page) => (await page.evaluate(() => window.__voice!.speaking())).includes(bId);
    await until(() => speaking(pageA), 60_000, 'B speaking, seen by A');
    await pageA.screenshot({ path: `${ARTIFACTS}/voice-speaking.png` });
    await until(() => speaking(pageB), 60_000, 'B speaking, seen by B');
    await pageB.screenshot({ path: `${ARTIFACTS}/voice-dock.png` });

    // C knows B speaks, but is not subscribed, and no byte of B's voice reaches it.
    await until(async () => (await publishers(pageC)).includes(bId), 30_000, 'C sees B’s microphone');
    expect(await heard(pageC)).toEqual([]);
    expect(await received(pageC)).toEqual({});

    // C walks back; once within hearing distance it subscribes and hears B.
    await walkUntil(pageC, 'KeyW', async () => (await apart(pageC, pageB)) < VOICE.hearingRadius / 2, 'C back near B');
    await until(async () => (await heard(pageC)).includes(bId), 30_000, 'C subscribed to B');
    await until(async () => ((await received(pageC))[bId] ?? 0) > 0, 30_000, 'B’s audio reaching C');

    // An organiser mutes B: LiveKit withdraws B's right to speak at once, and B's page says so.
    const bInLivekit = async () => (await suite.livekit().listParticipants(room!.name)).find((p) => p.identity === bId);
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Olzhas Organiser' });
    const moderate = (action: 'mute' | 'unmute') =>
      call(server, 'POST', '/api/moderation', { token: organiser.token, body: { action, userId: bId } });
    expect((await moderate('mute')).status).toBe(201);
    await until(async () => (await bInLivekit())?.permission?.canPublish === false, 15_000, 'B may not publish');
    await until(
      async () => (await bInLivekit())?.tracks.every((t) => t.source !== TrackSource.MICROPHONE || t.muted) === true,
      15_000,
      'B’s microphone silenced by the mute',
    );
    await until(async () => await mic.isDisabled(), 15_000, 'B’s microphone button disabled');
    expect(await mic.getAttribute('aria-pressed')).toBe('false');
    // The mute is lifted: B may speak again and turns the microphone back on.
    expect((await moderate('unmute')).status).toBe(201);
    await until(async () => (await bInLivekit())?.permission?.canPublish === true, 15_000, 'B may publish again');
    await until(async () => !(await mic.isDisabled()), 15_000, 'B’s microphone button enabled');
    await mic.click();
    await until(async () => (await mic.getAttribute('data-live')) === 'true', 30_000, 'B’s microphone live again');

    // B turns the microphone off: LiveKit sees it muted, the button says so.
    await mic.click();
    await until(async () => (await mic.getAttribute('aria-pressed')) === 'false', 15_000, 'B’s microphone off');
    await until(
      async () =>
        (await suite.livekit().listParticipants(room!.name))
          .find((p) => p.identity === bId)
          ?.tracks.every((t) => t.source !== TrackSource.MICROPHONE || t.muted) === true,
      15_000,
      'B’s microphone muted in LiveKit',
    );
    await Promise.all([pageA.close(), pageB.close(), pageC.close()]);
    expect(suite.cspViolations()).toEqual([]);
  });
});
