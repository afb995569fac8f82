import { describe, expect, it } from 'vitest';
import type { ModerationLog } from '../../shared/moderation.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ReportFiled, ReportList } from '../../shared/reports.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { listReports, recordReport, resolveReport } from '../../server/db/reportStore.ts';
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

  it('refuses bad resolutions and unknown reports without changing anything', async () => {
    const server = suite.server();
    const organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' })).token;
    const visitor = await newSession(server);
    const target = await newSession(server, { name: 'Target', country: 'kz', lang: 'en' });
    const { id } = (await report(visitor.token, { userId: target.user.id, reason: 'impersonation' })).json as {
      id: string;
    };
    const path = `/api/reports/${id}/resolve`;
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

  it('lists the oldest open reports first however many are waiting, and the newest resolved ones after', async () => {
    const server = suite.server();
    const reporter = await newSession(server, { name: 'Many', country: 'kz', lang: 'en' });
    const troll = await newSession(server, { name: 'Often', country: 'tr', lang: 'tr' });
    const file = () =>
      recordReport(server.db, {
        reporterId: reporter.user.id,
        reportedId: troll.user.id,
        reason: 'spam',
        details: '',
        place: null,
      });
    // Only this test's reports open, whatever the earlier ones left.
    await server.db.updateTable('reports').set({ status: 'dismissed' }).where('status', '=', 'open').execute();
    const filed: string[] = [];
    for (let i = 0; i < 6; i++) filed.push(await file());
    for (const id of filed.slice(0, 2)) {
      await resolveReport(server.db, id, { outcome: 'dismissed', note: '', byName: 'Chief' });
    }
    const open = filed.slice(2);
    const listed = await listReports(server.db, 3);
    const mine = listed.filter((r) => r.reported.id === troll.user.id);
    // Four open, three listed: the three that came in first, oldest at the top.
    expect(mine.filter((r) => r.status === 'open').map((r) => r.id)).toEqual(open.slice(0, 3));
    expect(mine.filter((r) => r.status !== 'open').map((r) => r.id)).toEqual([filed[1], filed[0]]);
  });

  it('acting on a report moderates the person and closes the report in one go, once', async () => {
    const server = suite.server();
    const organiser = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Chief' })).token;
    const second = (await sessionWithRole(server, { role: 'organiser' }, { name: 'Deputy' })).token;
    const reporter = await newSession(server, { name: 'Witness', country: 'az', lang: 'az' });
    const troll = await newSession(server, { name: 'Noisy', country: 'tr', lang: 'tr' });
    const vandal = await newSession(server, { name: 'Vandal', country: 'uz', lang: 'uz' });
    const file = async (userId: string) =>
      ((await report(reporter.token, { userId, reason: 'harassment' })).json as { id: string }).id;
    const log = async () =>
      ((await call(server, 'GET', '/api/moderation', { token: organiser })).json as unknown as ModerationLog).actions;
    const reports = async () =>
      ((await call(server, 'GET', '/api/reports', { token: organiser })).json as unknown as ReportList).reports;
    const act = (token: string, id: string, body: unknown) =>
      call(server, 'POST', `/api/reports/${id}/act`, { token, body });

    const aboutTroll = await file(troll.user.id);
    const muted = await act(organiser, aboutTroll, {
      action: 'mute',
      reason: 'Report: harassment',
      minutes: 15,
      note: 'Warned in chat first',
    });
    expect(muted.status, muted.text).toBe(201);
    expect((await log()).filter((a) => a.userId === troll.user.id)).toMatchObject([
      { action: 'mute', reason: 'Report: harassment', byName: 'Chief' },
    ]);
    expect((await reports()).find((r) => r.id === aboutTroll)).toMatchObject({
      status: 'actioned',
      action: 'mute',
      note: 'Warned in chat first',
      resolvedBy: 'Chief',
    });
    // Again, by anyone: refused with a code the console translates, and nobody is muted twice.
    const again = await act(second, aboutTroll, { action: 'ban', reason: 'late' });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ refusal: { code: 'report_closed' } });
    expect((await log()).filter((a) => a.userId === troll.user.id)).toHaveLength(1);

    // Two organisers at once on the same report: one acts, the other is told it is taken.
    const aboutVandal = await file(vandal.user.id);
    const both = await Promise.all([
      act(organiser, aboutVandal, { action: 'ban', reason: 'Report: vandalism' }),
      act(second, aboutVandal, { action: 'ban', reason: 'Report: vandalism' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await log()).filter((a) => a.userId === vandal.user.id)).toHaveLength(1);
    expect((await reports()).find((r) => r.id === aboutVandal)).toMatchObject({ status: 'actioned', action: 'ban' });
    // Banned: their session is refused from now on.
    expect((await call(server, 'GET', '/api/profile', { token: vandal.token })).status).toBe(403);

    // A dismissed report cannot be acted on afterwards.
    const dismissedOne = await file(troll.user.id);
    const dismiss = { token: organiser, body: { outcome: 'dismissed', note: 'Misunderstanding' } };
    expect((await call(server, 'POST', `/api/reports/${dismissedOne}/resolve`, dismiss)).status).toBe(200);
    const late = await act(organiser, dismissedOne, { action: 'remove', reason: '' });
    expect(late.status).toBe(409);
    expect((await log()).filter((a) => a.userId === troll.user.id)).toHaveLength(1);
    expect((await reports()).find((r) => r.id === dismissedOne)).toMatchObject({
      status: 'dismissed',
      action: null,
      note: 'Misunderstanding',
    });

    // Bad bodies and unknown reports change nothing.
    const open = await file(troll.user.id);
    for (const body of [
      {},
      { action: 'unban' },
      { action: 'mute', minutes: 0 },
      { action: 'ban', note: 'x'.repeat(301) },
    ]) {
      expect((await act(organiser, open, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await act(organiser, crypto.randomUUID(), { action: 'mute' })).status).toBe(404);
    expect((await act(organiser, 'nope', { action: 'mute' })).status).toBe(400);
    expect((await reports()).find((r) => r.id === open)?.status).toBe('open');
    expect((await log()).filter((a) => a.userId === troll.user.id)).toHaveLength(1);
  });
});
