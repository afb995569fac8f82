/**
 * `npx tsx tests/bench/firstLoad.ts`: how much JavaScript (gzip) the first page load costs, from
 * the built client (run `npm run build` first). Two figures: what dist/client/index.html names
 * (its entry script and the modulepreloads), and what a real first visit to `/` in Chromium
 * fetches, which adds the chunks the landing page imports on its own (the visitor's language).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../fixtures/browser.ts';
import { freePort, startProcess } from '../fixtures/process.ts';

const DIST = 'dist/client';

export interface FirstLoad {
  /** The entry and the modulepreloads that index.html names, gzip bytes. */
  htmlBytes: number;
  /** Every script a first visit to `/` fetched before the landing page settled, gzip bytes. */
  visitBytes: number;
  /** The scripts of that visit, file name → gzip bytes. */
  visitFiles: Record<string, number>;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

/** The scripts index.html makes the browser fetch before any code runs. */
export function scriptsInIndexHtml(html = readFileSync(path.join(DIST, 'index.html'), 'utf8')): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag))
    .map((tag) => tag.match(/(?:src|href)="\/?([^"]+\.js)"/)?.[1])
    .filter((file): file is string => file !== undefined);
}

/** Opens `/` of a real server in Chromium and lists the scripts it fetched until the landing form showed. */
async function scriptsOfFirstVisit(): Promise<string[]> {
  const server = await startProcess('node', ['--import', 'tsx', 'server/index.ts'], await freePort());
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ locale: 'en-GB' });
    const scripts: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js')) scripts.push(pathname.slice(1));
    });
    await page.goto(server.url);
    await page.locator('label.country-card').first().waitFor({ timeout: 60_000 });
    // Anything the landing page still pulls in on its own after it has shown.
    await page.waitForLoadState('networkidle');
    return [...new Set(scripts)];
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function firstLoad(): Promise<FirstLoad> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('no built client: run `npm run build` first');
  const html = scriptsInIndexHtml();
  const visit = await scriptsOfFirstVisit();
  const visitFiles = Object.fromEntries(visit.map((file) => [file, gzipBytes(file)]));
  return {
    htmlBytes: html.reduce((sum, file) => sum + gzipBytes(file), 0),
    visitBytes: Object.values(visitFiles).reduce((sum, bytes) => sum + bytes, 0),
    visitFiles,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await firstLoad();
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  console.table(
    Object.fromEntries(Object.entries(result.visitFiles).map(([file, bytes]) => [file, { gzipKB: kb(bytes) }])),
  );
  console.table([
    { measure: 'index.html entry + modulepreloads', gzipKB: kb(result.htmlBytes), targetKB: 300 },
    { measure: 'first visit to / (all scripts fetched)', gzipKB: kb(result.visitBytes), targetKB: 300 },
  ]);
}
