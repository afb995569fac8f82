/**
 * `npx tsx tests/bench/renderedAvatars.ts [--sizes 50,200,500] [--seconds 5] [--preset high]`:
 * draw calls and frame time of the built client (run `npm run build` first) in headless Chromium
 * with software WebGL, while a real crowd of bot clients stands and strolls in front of it in the
 * plaza of a real server. The crowd grows from one size to the next on the same server.
 *
 * What the table shows as `drawn` is how many others the page really drew: with interest
 * management the server sends each client only the people near it, so that column says whether
 * the crowd asked for is the crowd rendered.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { joinCrowd, type Crowd } from '../fixtures/crowd.ts';
import { ARTIFACTS, enterAs, launchBrowser } from '../fixtures/browser.ts';
import { freePort, startProcess } from '../fixtures/process.ts';

export interface RenderRow {
  avatars: number;
  drawn: number;
  drawCallsMax: number;
  drawCallsP50: number;
  frameP50ms: number;
  frameP95ms: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Frame times and draw calls of every frame for `seconds`, measured inside the page. */
async function measure(page: Page, seconds: number): Promise<Omit<RenderRow, 'avatars'>> {
  // A string, not a function: tsx would wrap the inner function in a helper the page does not have.
  const samples = (await page.evaluate(`new Promise((resolve) => {
    const frames = [];
    const calls = [];
    let last = performance.now();
    const end = last + ${seconds * 1000};
    function tick(now) {
      frames.push(now - last);
      last = now;
      calls.push(window.__expo?.frame()?.drawCalls ?? NaN);
      if (now < end) requestAnimationFrame(tick);
      else resolve({ frames, calls, drawn: window.__expo?.avatarsDrawn ?? 0 });
    }
    requestAnimationFrame(tick);
  })`)) as { frames: number[]; calls: number[]; drawn: number };
  const frames = samples.frames.slice(1).sort((a, b) => a - b);
  const calls = [...samples.calls].sort((a, b) => a - b);
  return {
    drawn: samples.drawn,
    drawCallsMax: calls[calls.length - 1] ?? NaN,
    drawCallsP50: quantile(calls, 0.5),
    frameP50ms: Number(quantile(frames, 0.5).toFixed(1)),
    frameP95ms: Number(quantile(frames, 0.95).toFixed(1)),
  };
}

export async function renderedAvatars(sizes = [50, 200, 500], seconds = 5, preset = 'high'): Promise<RenderRow[]> {
  if (!existsSync('dist/client/index.html')) throw new Error('no built client: run `npm run build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const most = Math.max(...sizes);
  const server = await startProcess('node', ['--import', 'tsx', 'server/index.ts'], await freePort(), {
    PLAZA_CAPACITY: String(most + 10),
    // Every bot signs in from 127.0.0.1: the per-address limits are meant for real people.
    SESSIONS_PER_MINUTE: '1000000',
    API_REQUESTS_PER_SECOND: '1000000',
  });
  const browser = await launchBrowser();
  const crowds: Crowd[] = [];
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 } });
    // The visitor chose 3D and this preset: software WebGL must not be switched to 2D or a lower preset.
    await context.addInitScript((chosen) => {
      localStorage.setItem('tm.view', '3d');
      localStorage.setItem('tm.quality', chosen);
    }, preset);
    const page = await context.newPage();
    await enterAs(page, server.url, 'Bench Visitor', 'kz', 180_000);
    const rows: RenderRow[] = [];
    let joined = 0;
    for (const avatars of [...sizes].sort((a, b) => a - b)) {
      console.error(`renderedAvatars: ${avatars} bots in front of the visitor…`);
      const crowd = await joinCrowd(server.url, avatars - joined);
      crowds.push(crowd);
      joined = avatars;
      await Promise.all(crowds.map((c) => c.settled()));
      // The page has heard of them all (or of all that the server lets it see), and settles a moment.
      await page
        .waitForFunction((n) => Object.keys(window.__expo?.remotePositions() ?? {}).length >= n, avatars, {
          timeout: 60_000,
        })
        .catch(() => console.error(`renderedAvatars: the page was sent fewer than ${avatars} avatars`));
      await page.waitForTimeout(2000);
      rows.push({ avatars, ...(await measure(page, seconds)) });
      await page.screenshot({ path: `${ARTIFACTS}/crowd-${avatars}-${preset}.png` });
    }
    return rows;
  } finally {
    await Promise.allSettled(crowds.map((c) => c.stop()));
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '50,200,500' },
      seconds: { type: 'string', default: '5' },
      preset: { type: 'string', default: 'high' },
    },
  });
  const rows = await renderedAvatars(values.sizes.split(',').map(Number), Number(values.seconds), values.preset);
  console.table(rows);
  process.exit(0);
}
