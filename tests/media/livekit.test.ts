import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { createLogger } from '../../server/log.ts';
import { LocalLivekit } from '../../server/media/livekitProcess.ts';
import { livekitOutage } from '../fixtures/livekitOutage.ts';
import { livekitPid as pidOn } from '../fixtures/livekitPid.ts';
import { freePort } from '../fixtures/process.ts';
import { startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
let port: number;
let closed = false;
beforeAll(async () => {
  port = await freePort();
  server = await startTestServer({
    LIVEKIT: 'local',
    LIVEKIT_PORT: String(port),
    LIVEKIT_UDP_PORT: String(await freePort()),
  });
});
afterAll(async () => {
  if (!closed) await server.close();
});

/** The pid of the livekit-server this test's expo started (the one listening on its port). */
const livekitPid = () => pidOn(port);

async function livekitAnswers(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

describe('the local livekit-server', () => {
  it('is started with the expo, on loopback only, and answers', async () => {
    expect(await livekitAnswers()).toBe(true);
    const listening = execFileSync('ss', ['-Hlntup']).toString();
    const ours = listening.split('\n').filter((line) => line.includes('livekit-server'));
    expect(ours.length).toBeGreaterThan(0);
    for (const line of ours) expect(line).toMatch(/127\.0\.0\.1:\d+/);
  });

  it('is restarted when it crashes', async () => {
    const pid = livekitPid();
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');
    await until(() => livekitPid() !== undefined && livekitPid() !== pid, 20_000, 'a new livekit-server');
    let healthy = false;
    for (let i = 0; i < 100 && !healthy; i++) {
      healthy = await livekitAnswers();
      if (!healthy) await new Promise((r) => setTimeout(r, 100));
    }
    expect(healthy).toBe(true);
  });

  it('is stopped with the expo', async () => {
    closed = true;
    await server.close();
    expect(await livekitAnswers()).toBe(false);
    expect(livekitPid()).toBeUndefined();
  });
});

describe('the supervisor of livekit-server', () => {
  const outage = livekitOutage();
  /** Starts of livekit-server stuck at starting (the wrapper's `sleep`) that are children of this test still. */
  const hungStarts = () =>
    execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)])
      .toString()
      .split('\n')
      .filter((args) => args.startsWith('sleep 600')).length;

  it('gives up a start that never answers, leaving none of it behind, and tries until one does', async () => {
    const [tcp, udp] = [await freePort(), await freePort()];
    const local = await LocalLivekit.start({
      bin: outage.bin,
      port: tcp,
      udpPort: udp,
      apiKey: 'devkey',
      apiSecret: 'supervisor-test-secret-0123456789-0123456789',
      log: createLogger('silent'),
      readyTimeoutMs: 1500,
    });
    expect(local).toBeDefined();
    try {
      outage.hang();
      const started = outage.starts();
      process.kill(pidOn(tcp)!, 'SIGKILL');
      await until(() => outage.starts() >= started + 3, 30_000, 'three starts that hang');
      expect(hungStarts(), 'only the start under way').toBeLessThanOrEqual(1);
      outage.up();
      await until(() => pidOn(tcp) !== undefined, 30_000, 'livekit-server back');
      expect(hungStarts()).toBe(0);
    } finally {
      await local?.stop();
    }
  });
});
