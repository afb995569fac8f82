import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { Catalogue } from '../../shared/catalogue.ts';
import { newSession, startTestServer } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function post(body: unknown, raw?: string) {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
}

describe('POST /api/session', () => {
  it('makes a guest visitor session', async () => {
    const session = await newSession(server, { name: '  Zeynep Yılmaz ', country: 'tr', lang: 'tr' });
    expect(session.user).toMatchObject({ name: 'Zeynep Yılmaz', country: 'tr', lang: 'tr', role: 'visitor' });
    expect(session.token.split('.')).toHaveLength(3);
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
  });

  it.each([
    [{ name: '', country: 'kz', lang: 'en' }, /name/],
    [{ name: 'x'.repeat(41), country: 'kz', lang: 'en' }, /name/],
    [{ name: 'Ali', country: 'de', lang: 'en' }, /country/],
    [{ name: 'Ali', country: 'kz', lang: 'fr' }, /lang/],
    [{ country: 'kz', lang: 'en' }, /name/],
    ['just a string', /JSON object/],
  ])('refuses %j with a clear message', async (body, message) => {
    const { status, body: answer } = await post(body);
    expect(status).toBe(400);
    expect(answer.error?.code).toBe('bad_request');
    expect(answer.error?.message).toMatch(message);
  });

  it('refuses broken JSON and oversized bodies', async () => {
    expect((await post(undefined, '{"name":')).status).toBe(400);
    const huge = await post({ name: 'a', country: 'kz', lang: 'en', pad: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error?.message).toMatch(/too large/);
  });
});

describe('the first start', () => {
  it('hands out one single-use organiser invitation', async () => {
    const code = server.firstStartInvite!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    const organiser = await newSession(server, { name: 'Organiser', country: 'kg', lang: 'ky', invite: code });
    expect(organiser.user.role).toBe('organiser');
    const again = await post({ name: 'Someone else', country: 'kg', lang: 'ky', invite: code });
    expect(again.status).toBe(403);
    expect(again.body.error?.message).toMatch(/already been used/);
  });
});

describe('other routes', () => {
  it('serves health and the catalogue', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
    const catalogue = Catalogue.parse(await (await fetch(`${server.url}/api/catalogue`)).json());
    expect(catalogue.pavilions.map((p) => p.id)).toEqual(['az', 'kz', 'kg', 'tr', 'uz', 'hu', 'tm', 'trnc']);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
