import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionTokens } from '../../server/auth/sessions.ts';
import { loadConfig } from '../../server/config.ts';
import type { ExpoServer } from '../../server/createServer.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { InviteCreated, InviteList } from '../../shared/invites.ts';
import { JOIN_ERRORS } from '../../shared/protocol.ts';
import type { RoleGrant } from '../../shared/roles.ts';
import { call } from '../fixtures/http.ts';
import { joinPlaza, newSession, sessionWithRole, startTestServer } from '../fixtures/server.ts';

let server: ExpoServer;
let organiser: string;
let boothId: string;
beforeAll(async () => {
  // Every organiser route is asked by each role in turn: more than the default per-address budget allows.
  server = await startTestServer({ API_REQUESTS_PER_SECOND: '1000', SESSIONS_PER_MINUTE: '6000' });
  organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' })).token;
  const catalogue = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
  boothId = catalogue.pavilions[0]!.booths[0]!.id;
});
afterAll(() => server.close());

const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function invite(body: unknown, token = organiser) {
  return call(server, 'POST', '/api/invites', { token, body });
}

/** Opens an invitation link the way the landing page does. */
async function redeem(code: string) {
  return call(server, 'POST', '/api/session', { body: { name: 'Guest', country: 'az', lang: 'az', invite: code } });
}

describe('invitations made by an organiser', () => {
  it('give each role, bound to its booth, stage, delegation or language', async () => {
    const grants: [RoleGrant, Record<string, unknown>][] = [
      [
        { role: 'exhibitor', boothId },
        { role: 'exhibitor', boothId, scope: null },
      ],
      [
        { role: 'speaker', stage: 'uz' },
        { role: 'speaker', boothId: null, scope: 'uz' },
      ],
      [
        { role: 'delegate', delegation: 'az' },
        { role: 'delegate', scope: 'az' },
      ],
      [
        { role: 'interpreter', lang: 'ru' },
        { role: 'interpreter', scope: 'ru' },
      ],
      [{ role: 'organiser' }, { role: 'organiser', boothId: null, scope: null }],
    ];
    for (const [grant, expected] of grants) {
      const made = await invite({ grant, note: `for ${grant.role}`, maxUses: 2 });
      expect(made.status).toBe(201);
      const { code, url, invite: summary } = made.json as unknown as InviteCreated;
      expect(url).toBe(`${server.url}/?invite=${code}`);
      expect(summary).toMatchObject({ role: grant.role, uses: 0, maxUses: 2, revokedAt: null });
      const session = await redeem(code);
      expect(session.status).toBe(201);
      expect((session.json as { user: unknown }).user).toMatchObject(expected);
    }
  });

  it('are listed with their uses, and a revoked one starts no more sessions', async () => {
    const { code, invite: made } = (await invite({ grant: { role: 'delegate', delegation: 'kg' } }))
      .json as unknown as InviteCreated;
    expect((await redeem(code)).status).toBe(201);
    const listed = (await call(server, 'GET', '/api/invites', { token: organiser })).json as unknown as InviteList;
    expect(listed.invites.find((i) => i.id === made.id)).toMatchObject({ uses: 1, scope: 'kg', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(code);

    const revoked = await call(server, 'DELETE', `/api/invites/${made.id}`, { token: organiser });
    expect(revoked.status).toBe(200);
    const refused = await redeem(code);
    expect(refused.status).toBe(403);
    expect(refused.json.error?.message).toMatch(/withdrawn/);
    expect((await call(server, 'DELETE', `/api/invites/${crypto.randomUUID()}`, { token: organiser })).status).toBe(
      404,
    );
    expect((await call(server, 'DELETE', '/api/invites/not-an-id', { token: organiser })).status).toBe(400);
  });

  it('refuse bad requests with the field at fault, and make nothing', async () => {
    const before = ((await call(server, 'GET', '/api/invites', { token: organiser })).json as unknown as InviteList)
      .invites.length;
    const cases: [unknown, RegExp][] = [
      [{ grant: { role: 'exhibitor' } }, /grant\.boothId/],
      [{ grant: { role: 'exhibitor', boothId: 'no-such-booth' } }, /no booth/],
      [{ grant: { role: 'speaker', stage: 'atlantis' } }, /grant\.stage/],
      [{ grant: { role: 'interpreter', lang: 'xx' } }, /grant\.lang/],
      [{ grant: { role: 'emperor' } }, /grant/],
      [{ grant: { role: 'organiser' }, days: 0 }, /days/],
      [{ grant: { role: 'organiser' }, maxUses: -1 }, /maxUses/],
      [{ grant: { role: 'organiser' }, note: 'x'.repeat(500) }, /note/],
    ];
    for (const [body, message] of cases) {
      const response = await invite(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.error?.message).toMatch(message);
    }
    const after = ((await call(server, 'GET', '/api/invites', { token: organiser })).json as unknown as InviteList)
      .invites.length;
    expect(after).toBe(before);
  });
});

describe('tokens', () => {
  const secret = loadConfig({}).sessionSecret;

  it('refuses forged, tampered, expired and wrong-key tokens on HTTP and on joins', async () => {
    const { token } = await newSession(server);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'organiser' })).toString('base64url');
    const tampered = `${header}.${promoted}.${signature}`;
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${promoted}.`;
    const expired = (await new SessionTokens(secret, -1).issue({ name: 'Old', country: 'kz', lang: 'en' })).token;
    const otherKey = (
      await new SessionTokens('another-secret-that-is-long-enough-123', 1).issue({
        name: 'Elsewhere',
        country: 'kz',
        lang: 'en',
      })
    ).token;
    // Signed with the right key but missing claims a session must have.
    const malformed = await new SignJWT({ role: 'organiser' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('turkic-metaverse')
      .setAudience('expo')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));

    for (const bad of [tampered, unsigned, expired, otherKey, malformed, 'garbage']) {
      const response = await call(server, 'GET', '/api/invites', { token: bad });
      expect(response.status).toBe(401);
      await expect(joinPlaza(server, bad)).rejects.toMatchObject({ code: JOIN_ERRORS.unauthorized });
    }
    const expiredAnswer = await call(server, 'GET', `/api/booths/${boothId}/leads`, { token: expired });
    expect(expiredAnswer.json.error?.message).toMatch(/expired/);
  });

  it('refuses every organiser route to every other role, and to nobody signed in', async () => {
    const others: RoleGrant[] = [
      { role: 'visitor' },
      { role: 'exhibitor', boothId },
      { role: 'speaker', stage: 'kz' },
      { role: 'delegate', delegation: 'tr' },
      { role: 'interpreter', lang: 'hu' },
    ];
    const target = (await newSession(server)).user.id;
    const routes: [string, string, unknown?][] = [
      ['POST', '/api/invites', { grant: { role: 'organiser' } }],
      ['GET', '/api/invites'],
      ['DELETE', `/api/invites/${crypto.randomUUID()}`],
      ['POST', '/api/moderation', { action: 'ban', userId: target }],
      ['GET', '/api/moderation'],
      ['PUT', '/api/pavilions/kz', { name: { en: 'Taken' }, tagline: { en: 'Taken' } }],
      ['POST', '/api/booths', { pavilionId: 'kz', kind: 'startup', content: { name: { en: 'Taken' } } }],
      ['PATCH', `/api/booths/${boothId}`, { kind: 'hub' }],
      ['DELETE', `/api/booths/${boothId}`],
      ['POST', '/api/import/exhibitors', { format: 'csv', text: 'pavilion,name\nkz,Taken', commit: true }],
      ['POST', '/api/meetings/halls', { name: 'Taken', country: 'kz', seats: 10 }],
      ['PATCH', '/api/meetings/halls/baku', { seats: 2 }],
      ['DELETE', '/api/meetings/halls/baku'],
      ['POST', '/api/stages/kz/slots', { startsAt: soon(60), endsAt: soon(90), title: 'Taken', speakerName: 'X' }],
      ['DELETE', `/api/stages/kz/slots/${crypto.randomUUID()}`],
      ['GET', '/api/export'],
      ['GET', '/api/dashboard'],
      ['GET', '/api/dashboard/live'],
      ['POST', '/api/announcements', { text: { en: 'Taken over' } }],
      ['GET', '/api/announcements'],
      ['DELETE', `/api/announcements/${crypto.randomUUID()}`],
      ['GET', '/api/reports'],
      ['POST', `/api/reports/${crypto.randomUUID()}/resolve`, { outcome: 'dismissed' }],
      ['POST', `/api/reports/${crypto.randomUUID()}/act`, { action: 'ban', reason: 'Taken over' }],
    ];
    const before = (await call(server, 'GET', '/api/catalogue')).text;
    for (const grant of others) {
      const { token } = await sessionWithRole(server, grant);
      for (const [method, path, body] of routes) {
        const response = await call(server, method, path, { token, body });
        expect(response.status, `${grant.role} ${method} ${path}`).toBe(403);
        expect(response.json.error?.code).toBe('forbidden');
      }
    }
    for (const [method, path, body] of routes) {
      expect((await call(server, method, path, { body })).status).toBe(401);
    }
    const log = (await call(server, 'GET', '/api/moderation', { token: organiser })).json as { actions: unknown[] };
    expect(log.actions).toHaveLength(0);
    expect((await call(server, 'GET', '/api/catalogue')).text).toBe(before);
    const said = (await call(server, 'GET', '/api/announcements', { token: organiser })).json as {
      announcements: unknown[];
    };
    expect(said.announcements).toHaveLength(0);
    const halls = await call(server, 'GET', '/api/meetings/halls', { token: organiser });
    expect(halls.text).toContain('"baku"');
    expect(halls.text).not.toContain('Taken');
  });

  it('keeps a visitor out of leads, booth editing and analytics', async () => {
    const { token } = await newSession(server);
    expect((await call(server, 'GET', `/api/booths/${boothId}/leads`, { token })).status).toBe(403);
    expect((await call(server, 'GET', `/api/booths/${boothId}/analytics`, { token })).status).toBe(403);
    const edit = await call(server, 'PUT', `/api/booths/${boothId}/content`, { token, body: {} });
    expect(edit.status).toBe(403);
  });
});
