import { describe, expect, it } from 'vitest';
import { MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ReportFiled, ReportList } from '../../shared/reports.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, serverOnFreshDatabase, sessionWithRole, until } from '../fixtures/server.ts';

describe.each(BACKENDS)('reports of people on $name', { timeout: 90_000 }, ({ create }) => {
  const suite = serverOnFreshDatabase(create);

  const report = (token: string | undefined, body: unknown) =>
    call(suite.server(), 'POST', '/api/reports', { token, body });

  it('a visitor reports someone; organisers see it with both people and where, and resolve it', async () => {
    const server = suite.server();
    const organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' })).token;
    const reporter = await newSession(server, { name: 'Aida', country: 'az', lang: 'az' });
    const troll = await newSession(server, { name: 'Troll', country: 'tr', lang: 'tr' });
    const room = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token: troll.token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'kz',
    });
    room.onMessage('*', () => undefined);
    await until(() => room.state.players?.get(room.sessionId) !== undefined, 5000, 'the troll in the pavilion');

    // An organiser in the plaza hears that a report came in; a visitor there hears nothing of it.
    const heard = async (token: string) => {
      const plaza = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.plaza, {
        token,
        protocol: PROTOCOL_VERSION,
      });
      const filed: ReportFiled[] = [];
      plaza.onMessage(MESSAGES.reportFiled, (m: ReportFiled) => filed.push(m));
      plaza.onMessage('*', () => undefined);
      await until(() => plaza.state.players?.get(plaza.sessionId) !== undefined, 5000, 'own player');
      return { plaza, filed };
    };
    const watching = await heard(organiser);
    const bystander = await heard(reporter.token);

    const sent = await report(reporter.token, {
      userId: troll.user.id,
      reason: 'harassment',
      details: '  Rude in chat  ',
    });
    expect(sent.status).toBe(201);
    const second = await report(organiser, { userId: troll.user.id, reason: 'spam' });
    expect(second.status).toBe(201);

    const listed = await call(server, 'GET', '/api/reports', { token: organiser });
    expect(listed.status).toBe(200);
    const list = listed.json as unknown as ReportList;
    expect(list.reports.map((r) => r.id)).toEqual([sent.json.id, second.json.id]);
    expect(list.reports[0]).toMatchObject({
      reporter: { id: reporter.user.id, name: 'Aida', country: 'az', role: 'visitor' },
      reported: { id: troll.user.id, name: 'Troll', country: 'tr', role: 'visitor' },
      reason: 'harassment',
      details: 'Rude in chat',
      place: { kind: 'pavilion', id: 'kz' },
      status: 'open',
      resolvedBy: null,
    });
    expect(list.counts[troll.user.id]).toBe(2);
    await until(() => watching.filed.length === 2, 3000, 'the organiser told of both reports');
    expect(watching.filed[0]).toEqual({ reportedName: 'Troll' });
    expect(bystander.filed).toEqual([]);
    await Promise.all([watching.plaza.leave(), bystander.plaza.leave()]);
    await room.leave();

    const path = `/api/reports/${sent.json.id as string}/resolve`;
    const resolved = await call(server, 'POST', path, {
      token: organiser,
      body: { outcome: 'actioned', note: 'banned' },
    });
    expect(resolved.status).toBe(200);
    expect((await call(server, 'POST', path, { token: organiser, body: { outcome: 'dismissed' } })).status).toBe(409);
    const after = (await call(server, 'GET', '/api/reports', { token: organiser })).json as unknown as ReportList;
    // Open ones first; the resolved one after, with who resolved it.
    expect(after.reports.map((r) => r.status)).toEqual(['open', 'actioned']);
    expect(after.reports[1]).toMatchObject({ resolvedBy: 'Chief', note: 'banned' });
    expect(after.reports[1]!.resolvedAt).not.toBeNull();
  });

  it('refuses reporting oneself, an unknown person, bad bodies, and more than five in ten minutes', async () => {
    const server = suite.server();
    const organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' })).token;
    const me = await newSession(server, { name: 'Reporter', country: 'kz', lang: 'kk' });
    const other = await newSession(server, { name: 'Other', country: 'uz', lang: 'uz' });
    const count = async () =>
      ((await call(server, 'GET', '/api/reports', { token: organiser })).json as unknown as ReportList).reports.length;
    const before = await count();

    expect((await report(undefined, { userId: other.user.id, reason: 'spam' })).status).toBe(401);
    const self = await report(me.token, { userId: me.user.id, reason: 'spam' });
    expect(self.status).toBe(400);
    const unknown = await report(me.token, { userId: '00000000-0000-4000-8000-000000000000', reason: 'spam' });
    expect(unknown.status).toBe(404);
    for (const body of [
      {},
      { userId: other.user.id },
      { userId: other.user.id, reason: 'rude' },
      { userId: 'someone', reason: 'spam' },
      { userId: other.user.id, reason: 'other', details: 'x'.repeat(501) },
      { userId: other.user.id, reason: 'other', details: 5 },
    ]) {
      expect((await report(me.token, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await count()).toBe(before);

    for (let i = 0; i < 5; i++)
      expect((await report(me.token, { userId: other.user.id, reason: 'spam' })).status).toBe(201);
    const limited = await report(me.token, { userId: other.user.id, reason: 'spam' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await count()).toBe(before + 5);
    // Another reporter is not held back by someone else's allowance.
    expect((await report(other.token, { userId: me.user.id, reason: 'other', details: 'Spams me' })).status).toBe(201);
  });

  it('lets only organisers list and resolve reports', async () => {
    const server = suite.server();
    const organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' })).token;
    const visitor = await newSession(server);
    const target = await newSession(server, { name: 'Target', country: 'kz', lang: 'en' });
    const exhibitor = (await sessionWithRole(server, { role: 'exhibitor', boothId: 'astana-hub' })).token;
    const delegate = (await sessionWithRole(server, { role: 'delegate', delegation: 'kz' })).token;
    const { id } = (await report(visitor.token, { userId: target.user.id, reason: 'impersonation' })).json as {
      id: string;
    };
    const path = `/api/reports/${id}/resolve`;
    for (const [method, route, body] of [
      ['GET', '/api/reports', undefined],
      ['POST', path, { outcome: 'dismissed' }],
    ] as const) {
      expect((await call(server, method, route, { body })).status).toBe(401);
      for (const token of [visitor.token, exhibitor, delegate]) {
        expect((await call(server, method, route, { token, body })).status, `${method} ${route}`).toBe(403);
      }
    }
    for (const body of [{}, { outcome: 'ignored' }, { outcome: 'dismissed', note: 'x'.repeat(301) }]) {
      expect((await call(server, 'POST', path, { token: organiser, body })).status).toBe(400);
    }
    expect(
      (await call(server, 'POST', '/api/reports/nope/resolve', { token: organiser, body: { outcome: 'dismissed' } }))
        .status,
    ).toBe(400);
    const unknown = '/api/reports/00000000-0000-4000-8000-000000000000/resolve';
    expect((await call(server, 'POST', unknown, { token: organiser, body: { outcome: 'dismissed' } })).status).toBe(
      404,
    );
    const list = (await call(server, 'GET', '/api/reports', { token: organiser })).json as unknown as ReportList;
    expect(list.reports.find((r) => r.id === id)?.status).toBe('open');
    expect((await call(server, 'POST', path, { token: organiser, body: { outcome: 'dismissed' } })).status).toBe(200);
  });
});
