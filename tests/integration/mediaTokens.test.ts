import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { Agenda, MediaToken, StageSlot } from '../../shared/stage.ts';
import { call } from '../fixtures/http.ts';
import { newSession, sessionWithRole, startTestServer } from '../fixtures/server.ts';

let server: ExpoServer;
let organiser: string;
beforeAll(async () => {
  // Tokens are signed here, not fetched: naming a LiveKit deployment is enough and nothing is contacted.
  server = await startTestServer({ LIVEKIT_URL: 'ws://127.0.0.1:9', LIVEKIT_API_SECRET: 'x'.repeat(40) });
  organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' })).token;
});
afterAll(() => server.close());

async function tokenFor(token: string, room = 'stage-kz') {
  return call(server, 'POST', '/api/media/token', { token, body: { room } });
}

function grantsOf(answer: { json: unknown }) {
  const body = answer.json as MediaToken;
  return { body, video: decodeJwt(body.token).video as Record<string, unknown> };
}

async function addSlot(stage: string, fromMinutes: number, toMinutes: number) {
  const now = Date.now();
  return call(server, 'POST', `/api/stages/${stage}/slots`, {
    token: organiser,
    body: {
      startsAt: new Date(now + fromMinutes * 60_000).toISOString(),
      endsAt: new Date(now + toMinutes * 60_000).toISOString(),
      title: 'Pitch',
      speakerName: 'Speaker',
    },
  });
}

describe('media tokens', () => {
  it('let the audience subscribe only, and never publish on a stage', async () => {
    const visitor = await newSession(server);
    const { body, video } = grantsOf(await tokenFor(visitor.token));
    expect(body).toMatchObject({ url: 'ws://127.0.0.1:9', identity: visitor.user.id, publish: [], admin: false });
    expect(video).toMatchObject({ room: 'stage-kz', roomJoin: true, canSubscribe: true, canPublish: false });
    expect(video.canPublishSources ?? []).toEqual([]);
    expect(video.roomAdmin ?? false).toBe(false);
    for (const role of [
      { role: 'exhibitor', boothId: 'astana-hub' },
      { role: 'delegate', delegation: 'kz' },
    ] as const) {
      const other = await sessionWithRole(server, role);
      expect(grantsOf(await tokenFor(other.token)).video.canPublish).toBe(false);
    }
  });

  it('let the speaker of a stage publish camera, microphone and screen while a slot is on, and not elsewhere', async () => {
    // The first start seeds an agenda from the current hour: clear this stage's to begin with none on.
    const seeded = (await call(server, 'GET', '/api/stages/uz/agenda')).json as unknown as Agenda;
    for (const slot of seeded.slots)
      await call(server, 'DELETE', `/api/stages/uz/slots/${slot.id}`, { token: organiser });
    const speaker = await sessionWithRole(server, { role: 'speaker', stage: 'uz' });
    expect(grantsOf(await tokenFor(speaker.token, 'stage-uz')).video.canPublish).toBe(false);
    expect((await addSlot('uz', -5, 15)).status).toBe(201);
    const { body, video } = grantsOf(await tokenFor(speaker.token, 'stage-uz'));
    expect(body.publish).toEqual(['camera', 'microphone', 'screen_share', 'screen_share_audio']);
    expect(video).toMatchObject({
      canPublish: true,
      canPublishSources: ['camera', 'microphone', 'screen_share', 'screen_share_audio'],
    });
    expect(grantsOf(await tokenFor(speaker.token, 'stage-tr')).video.canPublish).toBe(false);
  });

  it('give organisers room admin; refuse unknown stages, bad input and no session', async () => {
    const { body, video } = grantsOf(await tokenFor(organiser, 'stage-az'));
    expect(body.admin).toBe(true);
    expect(video).toMatchObject({ roomAdmin: true, canPublish: true });
    const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:9 http://127.0.0.1:9");
    expect((await tokenFor(organiser, 'stage-xx')).status).toBe(404);
    expect((await tokenFor(organiser, 'meeting-1')).status).toBe(400);
    expect((await call(server, 'POST', '/api/media/token', { body: { room: 'stage-kz' } })).status).toBe(401);
  });
});

describe('stage agendas', () => {
  it('are public to read, sorted, and edited by organisers only', async () => {
    // Slots on one stage may not overlap: clear the seeded agenda to start from none.
    const seeded = (await call(server, 'GET', '/api/stages/hu/agenda')).json as unknown as Agenda;
    for (const slot of seeded.slots)
      await call(server, 'DELETE', `/api/stages/hu/slots/${slot.id}`, { token: organiser });
    expect((await addSlot('hu', 60, 80)).status).toBe(201);
    expect((await addSlot('hu', 20, 40)).status).toBe(201);
    const agenda = (await call(server, 'GET', '/api/stages/hu/agenda')).json as unknown as Agenda;
    const starts = agenda.slots.map((s) => Date.parse(s.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const visitor = (await newSession(server)).token;
    const refused = await call(server, 'POST', '/api/stages/hu/slots', { token: visitor, body: {} });
    expect(refused.status).toBe(403);
    const backwards = await call(server, 'POST', '/api/stages/hu/slots', {
      token: organiser,
      body: { startsAt: '2026-11-25T12:00:00Z', endsAt: '2026-11-25T11:00:00Z', title: 'x', speakerName: 'y' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.error?.message).toMatch(/endsAt/);

    const first = agenda.slots[0] as StageSlot;
    expect((await call(server, 'DELETE', `/api/stages/hu/slots/${first.id}`, { token: visitor })).status).toBe(403);
    expect((await call(server, 'DELETE', `/api/stages/hu/slots/${first.id}`, { token: organiser })).status).toBe(204);
    expect((await call(server, 'DELETE', `/api/stages/hu/slots/${first.id}`, { token: organiser })).status).toBe(404);
    expect((await call(server, 'GET', '/api/stages/xx/agenda')).status).toBe(400);
  });
});

describe('without livekit-server', () => {
  it('the expo still runs, and asking for voice and video says they are off', async () => {
    const bare = await startTestServer({ LIVEKIT: 'local', LIVEKIT_BIN: '/nonexistent/livekit-server' });
    try {
      const { token } = await newSession(bare);
      const answer = await call(bare, 'POST', '/api/media/token', { token, body: { room: 'stage-kz' } });
      expect(answer.status).toBe(503);
      expect(answer.json.error).toMatchObject({ code: 'unavailable' });
      expect((await call(bare, 'GET', '/api/catalogue')).status).toBe(200);
      const csp = (await fetch(bare.url)).headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/connect-src 'self';/);
    } finally {
      await bare.close();
    }
  });
});
