/**
 * `npx tsx tests/bench/renderedAvatars.ts [--sizes 50,200,500] [--seconds 5] [--presets high,medium,low]
 * [--places plaza,pavilion] [--shots render]`: draw calls and frame time of the built client (run `npm run build`
 * first) in headless Chromium with software WebGL, while a real crowd of bot clients stands and
 * strolls around the visitor, in the plaza and in one pavilion of a real loopback server. The crowd
 * grows from one size to the next on the same server; every preset is measured at every size,
 * switched in the page's own display settings.
 *
 * The server runs with interest management's limits lifted (and the rooms big enough), so the
 * crowd asked for is the crowd drawn; `drawn` says how many others the page really drew.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { CountryId } from '../../shared/countries.ts';
import { joinCrowd, type Crowd } from '../fixtures/crowd.ts';
import { ARTIFACTS, enterAs, launchBrowser } from '../fixtures/browser.ts';
import { startBenchServer } from './benchServer.ts';
import { cell, printTable } from './table.ts';

export type Place = 'plaza' | 'pavilion';
export type Preset = 'high' | 'medium' | 'low';

export interface RenderRow {
  place: Place;
  preset: Preset;
  avatars: number;
  drawn: number;
  drawCallsMax: number;
  drawCallsP50: number;
  frameP50ms: number;
  frameP95ms: number;
}

export interface RenderOptions {
  sizes: number[];
  seconds: number;
  presets: Preset[];
  places: Place[];
  /** Screenshots are written to tests/artifacts/<shots>-<place>-<N>-<preset>.png. */
  shots?: string;
  log(line: string): void;
}

/** The pavilion the crowd gathers in, as in the crowd benchmark. */
const PAVILION: CountryId = 'kz';
/** The preset's radio button in the display settings (anchored: "Low" is also the start of "Low bandwidth"). */
const PRESET_LABEL: Record<Preset, RegExp> = { high: /^High/, medium: /^Medium/, low: /^Low(?! bandwidth)/ };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Frame times and draw calls of every frame for `seconds`, measured inside the page. */
async function measure(page: Page, seconds: number) {
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

/** Picks `preset` in the page's display settings, as a visitor would, and waits for the renderer to follow. */
async function choosePreset(page: Page, preset: Preset): Promise<void> {
  if ((await page.evaluate(() => window.__expo?.quality().preset)) === preset) return;
  await page.getByRole('button', { name: 'Display settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Picture and data' });
  await dialog.getByRole('radio', { name: PRESET_LABEL[preset] }).check();
  await page.keyboard.press('Escape');
  await page.waitForFunction((p) => window.__expo?.quality().preset === p, preset);
}

/** One server, one visitor in `place`, the crowd growing through `sizes`; every preset measured at each size. */
async function measurePlace(place: Place, options: RenderOptions): Promise<RenderRow[]> {
  const most = Math.max(...options.sizes);
  const server = await startBenchServer({
    PLAZA_CAPACITY: String(most + 10),
    PAVILION_CAPACITY: String(most + 10),
    // Everyone in the room is sent to the visitor: the benchmark measures drawing the whole crowd.
    INTEREST_MAX_VISIBLE: String(most + 10),
    INTEREST_RADIUS: '200',
  });
  const browser = await launchBrowser();
  const crowds: Crowd[] = [];
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 } });
    // The visitor chose 3D and a preset: software WebGL must not be switched to 2D or a lower preset.
    await context.addInitScript((chosen) => {
      localStorage.setItem('tm.view', '3d');
      localStorage.setItem('tm.quality', chosen);
    }, options.presets[0]!);
    const page = await context.newPage();
    // Software WebGL drawing hundreds of people on a shared machine answers clicks slowly.
    page.setDefaultTimeout(180_000);
    await enterAs(page, server.url, 'Bench Visitor', 'kz', 180_000);
    if (place === 'pavilion') {
      await page.getByRole('button', { name: 'Directory' }).click();
      await page.locator(`button[data-pavilion="${PAVILION}"]`).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="place"]')?.textContent?.includes('Kazakhstan'),
        null,
        { timeout: 120_000 },
      );
    }
    const rows: RenderRow[] = [];
    let joined = 0;
    for (const avatars of [...options.sizes].sort((a, b) => a - b)) {
      options.log(`render bench: ${avatars} bots around the visitor in the ${place}…`);
      try {
        crowds.push(await joinCrowd(server.url, avatars - joined, place === 'pavilion' ? PAVILION : undefined));
      } catch (error) {
        // A join storm the loaded machine could not take: the sizes measured so far still count.
        options.log(`render bench: ${avatars} bots could not join (${String(error)}); stopping the ${place} here`);
        break;
      }
      joined = avatars;
      await Promise.all(crowds.map((c) => c.settled()));
      await page
        .waitForFunction((n) => Object.keys(window.__expo?.remotePositions() ?? {}).length >= n, avatars, {
          timeout: 120_000,
        })
        .catch(() => options.log(`render bench: the page was sent fewer than ${avatars} avatars`));
      for (const preset of options.presets) {
        await choosePreset(page, preset);
        // A moment for the new preset's shaders, shadow map and labels.
        await page.waitForTimeout(2000);
        const row: RenderRow = { place, preset, avatars, ...(await measure(page, options.seconds)) };
        options.log(`render bench: ${JSON.stringify(row)}`);
        rows.push(row);
        await page.screenshot({ path: `${ARTIFACTS}/${options.shots ?? 'render'}-${place}-${avatars}-${preset}.png` });
      }
    }
    return rows;
  } finally {
    await Promise.allSettled(crowds.map((c) => c.stop()));
    await browser.close();
    await server.stop();
  }
}

/** Every place, size and preset asked for, as rows. */
export async function renderedAvatars(options: RenderOptions): Promise<RenderRow[]> {
  if (!existsSync('dist/client/index.html')) throw new Error('no built client: run `npm run build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const rows: RenderRow[] = [];
  for (const place of options.places) rows.push(...(await measurePlace(place, options)));
  return rows;
}

/** The rows as the benchmark's Markdown table. */
export function printRenderTable(rows: readonly RenderRow[], seconds: number): void {
  printTable(
    `Rendering: N others around the visitor in headless Chromium (software WebGL, 1280x720), ${seconds} s window; ` +
      'draw calls per frame (median and most), frame time',
    ['place', 'preset', 'N', 'drawn', 'draw calls p50', 'draw calls max', 'frame p50 ms', 'frame p95 ms'],
    rows.map((r) => [
      r.place,
      r.preset,
      String(r.avatars),
      String(r.drawn),
      cell(r.drawCallsP50),
      cell(r.drawCallsMax),
      cell(r.frameP50ms, 1),
      cell(r.frameP95ms, 1),
    ]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '50,200,500' },
      seconds: { type: 'string', default: '5' },
      presets: { type: 'string', default: 'high,medium,low' },
      places: { type: 'string', default: 'plaza,pavilion' },
      shots: { type: 'string', default: 'render' },
    },
  });
  const seconds = Number(values.seconds);
  const rows = await renderedAvatars({
    sizes: values.sizes.split(',').map(Number),
    seconds,
    presets: values.presets.split(',') as Preset[],
    places: values.places.split(',') as Place[],
    shots: values.shots,
    log: (line) => console.error(line),
  });
  printRenderTable(rows, seconds);
  process.exit(0);
}
