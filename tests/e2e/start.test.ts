import { describe, expect, it } from 'vitest';
import { freePort, startProcess } from '../fixtures/process.ts';

describe('npm start', { timeout: 240_000 }, () => {
  it('builds the client and serves /healthz, the API and the page on one port, and stops cleanly', async () => {
    const server = await startProcess('npm', ['start'], await freePort());
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
      const page = await (await fetch(`${server.url}/`)).text();
      expect(page).toContain('<title>Turkic Metaverse Expo</title>');
      expect(page).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
      const deepLink = await fetch(`${server.url}/event`);
      expect(deepLink.status).toBe(200);
      expect((await fetch(`${server.url}/api/catalogue`)).ok).toBe(true);
    } finally {
      await server.stop();
    }
    expect(server.child.exitCode ?? server.child.signalCode).not.toBeNull();
  });
});
