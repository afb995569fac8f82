import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalPresence } from '@colyseus/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CHANNEL, CatalogueService } from '../../server/catalogue.ts';
import type { ExpoServer } from '../../server/createServer.ts';
import type { BoothContent } from '../../shared/booths.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { ImportAnswer } from '../../shared/exhibitorImport.ts';
import type { InviteList } from '../../shared/invites.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { pavilionCapacity } from '../../shared/world/boothCapacity.ts';
import { pointInPolygon, type Vec2 } from '../../shared/world/geometry.ts';
import { planRoute } from '../../shared/world/route.ts';
import { ExpoWorld } from '../../shared/world/world.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { walk } from '../fixtures/walker.ts';
import { call } from '../fixtures/http.ts';
import {
  colyseusClient,
  newSession,
  serverOnFreshDatabase,
  sessionWithRole,
  sleep,
  until,
} from '../fixtures/server.ts';
import { insertBooths, lockEventSetup, SetupConflict, updatePavilion } from '../../server/db/boothSetupStore.ts';
import { createLogger } from '../../server/log.ts';
import { MIN_VISIT_MS } from '../../server/rooms/boothVisits.ts';

const silentLog = createLogger('silent');

/** The seed catalogue without one pavilion, as a file a server can start from. */
function catalogueWithout(pavilionId: string): string {
  const seed = JSON.parse(readFileSync('assets/catalogue.json', 'utf8')) as { pavilions: { id: string }[] };
  seed.pavilions = seed.pavilions.filter((p) => p.id !== pavilionId);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tm-catalogue-')), 'catalogue.json');
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

const content = (name: string): BoothContent => ({
  name: { en: name },
  tagline: { en: `${name} tagline` },
  description: { en: `${name} description` },
  team: [],
  links: [],
  videoUrl: null,
});

async function catalogueOf(server: ExpoServer): Promise<Catalogue> {
  return (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
}

function boothIds(catalogue: Catalogue, pavilionId: string): string[] {
  return catalogue.pavilions.find((p) => p.id === pavilionId)!.booths.map((b) => b.id);
}

describe.each(BACKENDS)('event set-up on $name', { timeout: 90_000 }, ({ create }) => {
  // Many sessions and calls in a row from one address: the limits are not what is tested here.
  const suite = serverOnFreshDatabase(create, { API_REQUESTS_PER_SECOND: '1000', SESSIONS_PER_MINUTE: '6000' });
  let organiser = '';
  const asOrganiser = async () =>
    organiser || (organiser = (await sessionWithRole(suite.server(), { role: 'organiser' }, { name: 'Org' })).token);

  it('lets an organiser rename and recolour a pavilion, at once in the catalogue', async () => {
    const token = await asOrganiser();
    const edit = {
      name: { en: 'Kazakhstan Pavilion', ru: 'Павильон Казахстана' },
      tagline: { en: 'Steppe innovation' },
      colors: { primary: '#00afca', secondary: '#fec50c', accent: '#123456' },
    };
    const answer = await call(suite.server(), 'PUT', '/api/pavilions/kz', { token, body: edit });
    expect(answer.status).toBe(200);
    const kz = (await catalogueOf(suite.server())).pavilions.find((p) => p.id === 'kz')!;
    expect(kz).toMatchObject(edit);

    for (const body of [{ ...edit, name: { ru: 'нет английского' } }, { ...edit, colors: { primary: 'red' } }, {}]) {
      const refused = await call(suite.server(), 'PUT', '/api/pavilions/kz', { token, body });
      expect(refused.status).toBe(400);
    }
    expect((await call(suite.server(), 'PUT', '/api/pavilions/zz', { token, body: edit })).status).toBe(400);
    expect((await catalogueOf(suite.server())).pavilions.find((p) => p.id === 'kz')).toMatchObject(edit);
  });

  it('adds a booth with an id from its name, reorders it, and removes it with its invitations', async () => {
    const token = await asOrganiser();
    const made = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'az', kind: 'startup', content: content('Xəzər Robotics') },
    });
    expect(made.status).toBe(201);
    expect(made.json.booth).toMatchObject({ id: 'xazar-robotics', pavilionId: 'az', kind: 'startup', sample: false });
    expect(boothIds(await catalogueOf(suite.server()), 'az').at(-1)).toBe('xazar-robotics');

    // The same rule as the import's: case, accents and spacing do not make another name.
    const again = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'kz', kind: 'hub', content: content('XƏZƏR   robotics') },
    });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({
      refusal: { code: 'booth_name_taken', params: { name: 'XƏZƏR   robotics' } },
    });
    const second = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'az', kind: 'hub', content: content('Xəzər Robotics Two') },
    });
    expect(second.json.booth).toMatchObject({ id: 'xazar-robotics-two' });
    const taken = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'az', id: 'xazar-robotics', kind: 'hub', content: content('Other') },
    });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toMatchObject({ code: 'conflict', refusal: { code: 'booth_exists' } });

    const moved = await call(suite.server(), 'PATCH', '/api/booths/xazar-robotics-two', {
      token,
      body: { kind: 'technopark', position: 0 },
    });
    expect(moved.status).toBe(200);
    expect(moved.json.booth).toMatchObject({ kind: 'technopark' });
    expect(boothIds(await catalogueOf(suite.server()), 'az')[0]).toBe('xazar-robotics-two');

    const invite = await call(suite.server(), 'POST', '/api/invites', {
      token,
      body: { grant: { role: 'exhibitor', boothId: 'xazar-robotics' } },
    });
    expect(invite.status).toBe(201);
    const removed = await call(suite.server(), 'DELETE', '/api/booths/xazar-robotics', { token });
    expect(removed.status).toBe(200);
    expect(removed.json).toEqual({ deleted: 'xazar-robotics', revokedInvites: 1 });
    expect(boothIds(await catalogueOf(suite.server()), 'az')).not.toContain('xazar-robotics');
    const code = (invite.json as { code: string }).code;
    const refused = await call(suite.server(), 'POST', '/api/session', {
      body: { name: 'Late', country: 'az', lang: 'az', invite: code },
    });
    expect(refused.status).toBe(403);
    const list = (await call(suite.server(), 'GET', '/api/invites', { token })).json as unknown as InviteList;
    expect(list.invites.find((i) => i.id === (invite.json as { invite: { id: string } }).invite.id)).toMatchObject({
      scope: 'xazar-robotics',
    });
    expect((await call(suite.server(), 'DELETE', '/api/booths/xazar-robotics', { token })).status).toBe(404);
  });

  it('keeps a booth that has leads, with a reason', async () => {
    const token = await asOrganiser();
    await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'tr', id: 'tr-kept', kind: 'startup', content: content('Kept') },
    });
    const visitor = await newSession(suite.server());
    const lead = await call(suite.server(), 'POST', '/api/booths/tr-kept/leads', {
      token: visitor.token,
      body: { name: 'V', organisation: 'O', email: 'v@example.com', message: '', consent: true },
    });
    expect(lead.status).toBe(201);
    const refused = await call(suite.server(), 'DELETE', '/api/booths/tr-kept', { token });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ refusal: { code: 'booth_not_empty', params: { leads: 1, visits: 0 } } });
    expect(boothIds(await catalogueOf(suite.server()), 'tr')).toContain('tr-kept');
  });

  it('refuses more booths than a pavilion holds', async () => {
    const token = await asOrganiser();
    const max = pavilionCapacity('iwan');
    const present = boothIds(await catalogueOf(suite.server()), 'tm').length;
    for (let i = present; i < max - 1; i++) {
      const made = await call(suite.server(), 'POST', '/api/booths', {
        token,
        body: { pavilionId: 'tm', kind: 'startup', content: content(`Filler ${i}`) },
      });
      expect(made.status).toBe(201);
    }
    // Organisers take the last place at once: one of them gets it, the others are told it is full.
    const racing = await Promise.all(
      ['First', 'Second'].map((name) =>
        call(suite.server(), 'POST', '/api/booths', {
          token,
          body: { pavilionId: 'tm', kind: 'startup', content: content(`${name} to come`) },
        }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    const over = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'tm', kind: 'startup', content: content('One too many') },
    });
    expect(over.status).toBe(409);
    expect(over.json.error).toMatchObject({ refusal: { code: 'pavilion_full', params: { max } } });
    expect(boothIds(await catalogueOf(suite.server()), 'tm')).toHaveLength(max);
  });

  it('previews an exhibitor list without changing anything, then creates the good rows with working invitations', async () => {
    const token = await asOrganiser();
    const csv =
      '\uFEFFpavilion,name,kind,tagline,website,name_ru,invite_note\r\n' +
      'uz,"Samarkand, Data",startup,"Maps of ""old"" roads",https://samarkand.example,Самарканд Дата,For Dilnoza\r\n' +
      'xx,Nowhere Labs,startup,Lost,,,\r\n' +
      'kg,Ala-Too Cloud,hub,"Servers\r\nin the mountains",,,\r\n';
    const before = await catalogueOf(suite.server());
    const invitesBefore = ((await call(suite.server(), 'GET', '/api/invites', { token })).json as unknown as InviteList)
      .invites.length;

    const preview = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: csv, commit: false },
    });
    expect(preview.status).toBe(200);
    const previewed = preview.json as unknown as ImportAnswer;
    expect(previewed.committed).toBe(false);
    expect(previewed.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'ok'],
      [3, 'error'],
      [4, 'ok'],
    ]);
    expect(previewed.rows[1]).toMatchObject({ errors: [{ field: 'pavilion', code: 'unknown_pavilion' }] });
    expect(await catalogueOf(suite.server())).toEqual(before);

    const unconfirmed = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: csv, commit: true },
    });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.json.error).toMatchObject({ refusal: { code: 'import_has_errors', params: { rows: 1 } } });
    expect(await catalogueOf(suite.server())).toEqual(before);
    const invitesAfterRefusal = (await call(suite.server(), 'GET', '/api/invites', { token }))
      .json as unknown as InviteList;
    expect(invitesAfterRefusal.invites).toHaveLength(invitesBefore);

    const committed = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: csv, commit: true, skipInvalid: true },
    });
    expect(committed.status).toBe(201);
    const done = committed.json as unknown as ImportAnswer;
    expect(done.created.map((c) => [c.row, c.boothId, c.pavilionId])).toEqual([
      [2, 'samarkand-data', 'uz'],
      [4, 'ala-too-cloud', 'kg'],
    ]);
    const after = await catalogueOf(suite.server());
    const samarkand = after.pavilions.find((p) => p.id === 'uz')!.booths.at(-1)!;
    expect(samarkand).toMatchObject({
      id: 'samarkand-data',
      content: {
        name: { en: 'Samarkand, Data', ru: 'Самарканд Дата' },
        tagline: { en: 'Maps of "old" roads' },
        links: [{ url: 'https://samarkand.example' }],
      },
    });
    expect(after.pavilions.find((p) => p.id === 'kg')!.booths.at(-1)!.content.tagline.en).toBe(
      'Servers\r\nin the mountains',
    );

    // The link works once opened: its exhibitor edits that booth, and no other.
    const url = new URL(done.created[0]!.url);
    expect(url.origin).toBe(suite.server().url);
    const exhibitor = await call(suite.server(), 'POST', '/api/session', {
      body: { name: 'Dilnoza', country: 'uz', lang: 'uz', invite: url.searchParams.get('invite') },
    });
    expect(exhibitor.status).toBe(201);
    const session = exhibitor.json as { token: string; user: { role: string; boothId: string } };
    expect(session.user).toMatchObject({ role: 'exhibitor', boothId: 'samarkand-data' });
    const edited = await call(suite.server(), 'PUT', '/api/booths/samarkand-data/content', {
      token: session.token,
      body: { ...samarkand.content, description: { en: 'Written by the exhibitor' } },
    });
    expect(edited.status).toBe(200);
    expect(
      (
        await call(suite.server(), 'PUT', '/api/booths/ala-too-cloud/content', {
          token: session.token,
          body: samarkand.content,
        })
      ).status,
    ).toBe(403);
    const list = (await call(suite.server(), 'GET', '/api/invites', { token })).json as unknown as InviteList;
    expect(list.invites.find((i) => i.id === done.created[0]!.inviteId)).toMatchObject({
      role: 'exhibitor',
      scope: 'samarkand-data',
      note: 'For Dilnoza',
      uses: 1,
    });

    // The same list again: every row names a booth that exists now.
    const repeat = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: csv, commit: false },
    });
    const codes = (repeat.json as unknown as ImportAnswer).rows.map((r) =>
      r.status === 'error' ? r.errors[0]!.code : 'ok',
    );
    expect(codes).toEqual(['exists', 'unknown_pavilion', 'exists']);
  });

  it('reads JSON lists and says why a file cannot be read', async () => {
    const token = await asOrganiser();
    const json = JSON.stringify([{ pavilion: 'hu', name: 'Puszta Sensors', tagline: 'Soil data', kind: 'startup' }]);
    const preview = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'json', text: json, commit: false },
    });
    expect((preview.json as unknown as ImportAnswer).rows).toMatchObject([{ row: 1, status: 'ok' }]);
    const broken = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: 'pavilion,name\n"kz,unclosed', commit: true, skipInvalid: true },
    });
    expect(broken.status).toBe(200);
    expect(broken.json).toMatchObject({ committed: false, fileErrors: [{ code: 'bad_csv', params: { line: 2 } }] });
    const nothing = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: 'pavilion,name,tagline\nzz,X,Y', commit: true, skipInvalid: true },
    });
    expect(nothing.status).toBe(409);
    expect(nothing.json.error).toMatchObject({ refusal: { code: 'import_nothing' } });
  });

  it('takes a large list within the limit, and refuses one over it', async () => {
    const token = await asOrganiser();
    const big = `pavilion,name,tagline,description\n${Array.from({ length: 40 }, (_, i) => `kz,Big ${i},T,${'d'.repeat(1900)}`).join('\n')}`;
    const answer = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: big, commit: false },
    });
    expect(answer.status).toBe(200);
    expect((answer.json as unknown as ImportAnswer).rows).toHaveLength(40);
    const tooBig = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: 'x'.repeat(1_000_001), commit: false },
    });
    expect(tooBig.status).toBe(400);
  });

  it.each([
    ['POST', '/api/booths', { pavilionId: 'kz', kind: 'robot', content: content('Bad kind') }],
    ['POST', '/api/booths', { pavilionId: 'kz', kind: 'startup', content: { name: { en: '' } } }],
    ['POST', '/api/booths', { pavilionId: 'kz', id: 'Not A Slug', kind: 'startup', content: content('Bad id') }],
    ['PATCH', '/api/booths/astana-hub', {}],
    ['PATCH', '/api/booths/astana-hub', { position: -1 }],
    ['POST', '/api/import/exhibitors', { format: 'xlsx', text: 'a', commit: false }],
    ['POST', '/api/import/exhibitors', { format: 'csv', text: 'pavilion,name\nkz,X', commit: 'yes' }],
  ] as const)('answers %s %s with a bad body 400 and changes nothing', async (method, path, body) => {
    const token = await asOrganiser();
    const before = await catalogueOf(suite.server());
    const refused = await call(suite.server(), method, path, { token, body });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: 'bad_request', refusal: { code: 'invalid' } });
    expect(await catalogueOf(suite.server())).toEqual(before);
  });

  it('tells a connected room client of every change', async () => {
    const token = await asOrganiser();
    const visitor = await newSession(suite.server());
    const room = await colyseusClient(suite.server()).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token: visitor.token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'kg',
    });
    room.onMessage('*', () => undefined);
    let changes = 0;
    room.onMessage(MESSAGES.catalogueChanged, () => changes++);
    try {
      const made = await call(suite.server(), 'POST', '/api/booths', {
        token,
        body: { pavilionId: 'kg', kind: 'startup', content: content('Issyk-Kul Wind') },
      });
      expect(made.status).toBe(201);
      await until(() => changes === 1, 10_000, 'catalogue.changed');
      await call(suite.server(), 'PUT', '/api/pavilions/kg', {
        token,
        body: {
          name: { en: 'Kyrgyzstan' },
          tagline: { en: 'Mountains' },
          colors: { primary: '#e8112d', secondary: '#ffef00', accent: '#000000' },
        },
      });
      await until(() => changes === 2, 10_000, 'a second catalogue.changed');
    } finally {
      await room.leave(true);
    }
  });

  it('puts someone a new stand would stand on at the pavilion entrance, and tells them', async () => {
    const token = await asOrganiser();
    const catalogue = await catalogueOf(suite.server());
    const before = new ExpoWorld(catalogue);
    const after = new ExpoWorld({
      pavilions: catalogue.pavilions.map((p) => (p.id === 'hu' ? { ...p, booths: [...p.booths, { id: 'new' }] } : p)),
    });
    const inside = (world: ExpoWorld, at: Vec2) =>
      world.booths.some((b) => b.pavilionId === 'hu' && pointInPolygon(at.x, at.z, b.corners));
    const entrance = before.entranceOf('hu');
    // Open floor now, where a stand will stand once the pavilion has one booth more.
    const spot = after.booths
      .filter((b) => b.pavilionId === 'hu')
      .map((b) => b.center)
      .find((c) => !inside(before, c) && !before.isBlocked(c.x, c.z) && planRoute(before, entrance, c).length > 0);
    expect(spot).toBeDefined();

    const visitor = await newSession(suite.server(), { name: 'Standing', country: 'hu', lang: 'hu' });
    const room = await colyseusClient(suite.server()).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token: visitor.token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'hu',
    });
    room.onMessage('*', () => undefined);
    const corrections: Vec2[] = [];
    room.onMessage(MESSAGES.correction, (c: Vec2) => corrections.push(c));
    const me = () => room.state.players.get(room.sessionId)!;
    const at = () => ({ x: dequantizePosition(me().x), z: dequantizePosition(me().z) });
    try {
      await until(() => room.state.players?.has(room.sessionId) ?? false, 5000, 'arrival');
      let from = at();
      for (const point of planRoute(before, from, spot!)) {
        await walk(room, from, point);
        from = point;
      }
      await until(() => Math.hypot(at().x - spot!.x, at().z - spot!.z) < 0.1, 5000, 'standing on the spot');
      corrections.length = 0;

      const made = await call(suite.server(), 'POST', '/api/booths', {
        token,
        body: { pavilionId: 'hu', kind: 'startup', content: content('Tisza Lidar') },
      });
      expect(made.status).toBe(201);
      await until(() => corrections.length > 0, 10_000, 'a correction');
      expect(corrections[0]!.x).toBeCloseTo(entrance.x, 5);
      expect(corrections[0]!.z).toBeCloseTo(entrance.z, 5);
      await until(() => Math.hypot(at().x - entrance.x, at().z - entrance.z) < 0.1, 5000, 'shown at the entrance');
    } finally {
      await room.leave(true);
    }
  });

  it("never gives a removed booth's id again, so its old exhibitor owns nothing new", async () => {
    const token = await asOrganiser();
    const made = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'tr', kind: 'startup', content: content('Bukhara Looms') },
    });
    expect(made.json.booth).toMatchObject({ id: 'bukhara-looms' });
    const old = await sessionWithRole(suite.server(), { role: 'exhibitor', boothId: 'bukhara-looms' }, { name: 'Old' });
    expect((await call(suite.server(), 'GET', '/api/booths/bukhara-looms/leads', { token: old.token })).status).toBe(
      200,
    );
    expect((await call(suite.server(), 'DELETE', '/api/booths/bukhara-looms', { token })).status).toBe(200);

    const remade = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'tr', kind: 'startup', content: content('Bukhara Looms') },
    });
    expect(remade.status).toBe(201);
    expect(remade.json.booth).toMatchObject({ id: 'bukhara-looms-2' });
    const sameId = await call(suite.server(), 'POST', '/api/booths', {
      token,
      body: { pavilionId: 'tr', id: 'bukhara-looms', kind: 'startup', content: content('Bukhara Weavers') },
    });
    expect(sameId.status).toBe(409);
    expect(sameId.json.error).toMatchObject({ refusal: { code: 'booth_exists', params: { id: 'bukhara-looms' } } });

    // Another name whose id would be the removed one's: the import skips it as well.
    const csv = 'pavilion,name,tagline\ntr,Bukhara-Looms,Silk\n';
    const preview = (
      await call(suite.server(), 'POST', '/api/import/exhibitors', {
        token,
        body: { format: 'csv', text: csv, commit: false },
      })
    ).json as unknown as ImportAnswer;
    expect(preview.rows).toMatchObject([{ status: 'ok', booth: { id: 'bukhara-looms-3' } }]);
    const imported = await call(suite.server(), 'POST', '/api/import/exhibitors', {
      token,
      body: { format: 'csv', text: csv, commit: true },
    });
    expect((imported.json as unknown as ImportAnswer).created).toMatchObject([{ boothId: 'bukhara-looms-3' }]);

    expect(boothIds(await catalogueOf(suite.server()), 'tr')).not.toContain('bukhara-looms');
    for (const id of ['bukhara-looms', 'bukhara-looms-2', 'bukhara-looms-3']) {
      const leads = await call(suite.server(), 'GET', `/api/booths/${id}/leads`, { token: old.token });
      expect([403, 404]).toContain(leads.status);
    }
  });

  it('announces a change on the presence bus, where every process hears it once and reads it back', async () => {
    const { db } = suite.server();
    const bus = new LocalPresence();
    const heard: unknown[] = [];
    await bus.subscribe(CATALOGUE_CHANNEL, (message: unknown) => heard.push(message));
    const here = await CatalogueService.open(db, 'assets/catalogue.json');
    const there = await CatalogueService.open(db, 'assets/catalogue.json');
    await here.shareChangesOn(bus, silentLog);
    await there.shareChangesOn(bus, silentLog);
    const toldHere: Catalogue[] = [];
    const toldThere: Catalogue[] = [];
    here.onChanged((c) => toldHere.push(c));
    there.onChanged((c) => toldThere.push(c));
    const edit = {
      name: { en: 'Turkmenistan, over the bus' },
      tagline: { en: 'Carpets' },
      colors: { primary: '#00843d', secondary: '#ffffff', accent: '#d22630' },
    };
    await here.change((changing) => updatePavilion(changing, 'tm', edit));
    expect(heard).toHaveLength(1);
    await until(() => toldThere.length > 0, 5000, 'the other process told');
    const named = (c: Catalogue) => c.pavilions.find((p) => p.id === 'tm')!.name.en;
    expect(named(there.current)).toBe('Turkmenistan, over the bus');
    expect(named(toldThere[0]!)).toBe('Turkmenistan, over the bus');
    await sleep(100);
    expect(toldHere).toHaveLength(1);
    expect(toldThere).toHaveLength(1);
  });

  it('tells someone whose connection dropped of a change made meanwhile, once they are back', async () => {
    const token = await asOrganiser();
    const join = async (name: string) => {
      const session = await newSession(suite.server(), { name, country: 'az', lang: 'az' });
      const room = await colyseusClient(suite.server()).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
        token: session.token,
        protocol: PROTOCOL_VERSION,
        pavilionId: 'az',
      });
      room.onMessage('*', () => undefined);
      return room;
    };
    const dropping = await join('Dropping');
    const watcher = await join('Watcher');
    let watched = 0;
    watcher.onMessage(MESSAGES.catalogueChanged, () => watched++);
    const open = [watcher];
    try {
      await until(() => watcher.state.players?.has(dropping.sessionId) ?? false, 5000, 'both in');
      const reconnection = dropping.reconnectionToken;
      const sessionId = dropping.sessionId;
      dropping.connection.close();
      await until(() => watcher.state.players.get(sessionId)?.away === true, 5000, 'away');
      const made = await call(suite.server(), 'POST', '/api/booths', {
        token,
        body: { pavilionId: 'az', kind: 'startup', content: content('Caspian Drones') },
      });
      expect(made.status).toBe(201);
      await until(() => watched > 0, 10_000, 'the others told');

      const back = await colyseusClient(suite.server()).reconnect<ExpoRoomState>(reconnection);
      open.push(back);
      let told = 0;
      back.onMessage('*', () => undefined);
      back.onMessage(MESSAGES.catalogueChanged, () => told++);
      await until(() => told > 0, 10_000, 'catalogue.changed after the reconnection');
    } finally {
      for (const room of open) await room.leave(true);
    }
  });
});

// One server at a time in a process: Colyseus's matchmaker, which finds the rooms to tell, is one for the process.
describe.each(BACKENDS)('event set-up of a smaller event on $name', { timeout: 90_000 }, ({ create }) => {
  const smaller = serverOnFreshDatabase(create, { CATALOGUE_FILE: catalogueWithout('trnc') });

  it('answers 404 for a pavilion the event does not have, and tells no room', async () => {
    // The seed has every country's pavilion; this event's has one less.
    const visitor = await newSession(smaller.server());
    const organiser = await sessionWithRole(smaller.server(), { role: 'organiser' }, { name: 'Org' });
    const room = await colyseusClient(smaller.server()).joinOrCreate<ExpoRoomState>(ROOMS.plaza, {
      token: visitor.token,
      protocol: PROTOCOL_VERSION,
    });
    room.onMessage('*', () => undefined);
    let changes = 0;
    room.onMessage(MESSAGES.catalogueChanged, () => changes++);
    const edit = {
      name: { en: 'Northern Cyprus' },
      tagline: { en: 'Island' },
      colors: { primary: '#e30a17', secondary: '#ffffff', accent: '#000000' },
    };
    try {
      const missing = await call(smaller.server(), 'PUT', '/api/pavilions/trnc', {
        token: organiser.token,
        body: edit,
      });
      expect(missing.status).toBe(404);
      const found = await call(smaller.server(), 'PUT', '/api/pavilions/kz', { token: organiser.token, body: edit });
      expect(found.status).toBe(200);
      // Messages arrive in order: a broadcast for the 404 would come before this one.
      await until(() => changes > 0, 10_000, 'catalogue.changed');
      await sleep(200);
      expect(changes).toBe(1);
    } finally {
      await room.leave(true);
    }
  });
});

/**
 * Races between connections: PGlite serves one connection, so a second transaction there waits
 * for the first whatever the code does, and these tests could not fail on it. They run on
 * PostgreSQL, whose pool runs them at once.
 */
describe.each(BACKENDS.filter((b) => b.name === 'postgres'))(
  'event set-up races on $name',
  { timeout: 90_000 },
  ({ create }) => {
    const suite = serverOnFreshDatabase(create, { API_REQUESTS_PER_SECOND: '1000', SESSIONS_PER_MINUTE: '6000' });
    let organiser = '';
    const asOrganiser = async () =>
      organiser || (organiser = (await sessionWithRole(suite.server(), { role: 'organiser' }, { name: 'Org' })).token);

    it('keeps a booth whose visitor left just before its removal, and the visit with it', async () => {
      const token = await asOrganiser();
      const made = await call(suite.server(), 'POST', '/api/booths', {
        token,
        body: { pavilionId: 'uz', kind: 'startup', content: content('Khiva Ceramics') },
      });
      expect(made.status).toBe(201);
      const world = new ExpoWorld(await catalogueOf(suite.server()));
      const front = world.booths.find((b) => b.id === 'khiva-ceramics')!.front;
      const visitor = await newSession(suite.server(), { name: 'Visiting', country: 'uz', lang: 'uz' });
      const room = await colyseusClient(suite.server()).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
        token: visitor.token,
        protocol: PROTOCOL_VERSION,
        pavilionId: 'uz',
      });
      room.onMessage('*', () => undefined);
      const me = () => room.state.players.get(room.sessionId)!;
      const at = () => ({ x: dequantizePosition(me().x), z: dequantizePosition(me().z) });
      await until(() => room.state.players?.has(room.sessionId) ?? false, 5000, 'arrival');
      let from = at();
      for (const point of planRoute(world, from, front)) {
        await walk(room, from, point);
        from = point;
      }
      await until(() => Math.hypot(at().x - front.x, at().z - front.z) < 0.2, 5000, 'at the counter');
      // Long enough to count as a visit.
      await sleep(MIN_VISIT_MS + 300);

      const { db } = suite.server();
      // The visit's row waits behind this lock, as a slow write would: written after the booth is gone, it would be lost.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const holder = db.transaction().execute(async (tx) => {
        await sql`LOCK TABLE booth_visits IN EXCLUSIVE MODE`.execute(tx);
        locked();
        await held;
      });
      try {
        await lockTaken;
        await room.leave(true);
        await until(
          async () => {
            const waiting = await sql<{ n: string }>`
            SELECT count(*) AS n FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND query ILIKE 'insert into "booth_visits"%'`.execute(db);
            return Number(waiting.rows[0]!.n) > 0;
          },
          10_000,
          'the visit being written',
        );
        const removal = call(suite.server(), 'DELETE', '/api/booths/khiva-ceramics', { token });
        await sleep(300);
        release();
        await holder;
        const answer = await removal;
        expect(answer.status).toBe(409);
        expect(answer.json.error).toMatchObject({
          refusal: { code: 'booth_not_empty', params: { leads: 0, visits: 1 } },
        });
      } finally {
        release();
        await holder.catch(() => undefined);
      }
      const visits = await db
        .selectFrom('booth_visits')
        .select('visitor_id')
        .where('booth_id', '=', 'khiva-ceramics')
        .execute();
      expect(visits).toHaveLength(1);
      expect(boothIds(await catalogueOf(suite.server()), 'uz')).toContain('khiva-ceramics');
    });

    it('lets a second change wait for the first before counting, so the last place is taken once', async () => {
      const token = await asOrganiser();
      const max = pavilionCapacity('organic');
      const present = boothIds(await catalogueOf(suite.server()), 'trnc').length;
      for (let i = present; i < max - 1; i++) {
        await call(suite.server(), 'POST', '/api/booths', {
          token,
          body: { pavilionId: 'trnc', kind: 'startup', content: content(`Kyrenia ${i}`) },
        });
      }
      const { db } = suite.server();
      const booth = (id: string) => ({ id, pavilionId: 'trnc', kind: 'startup' as const, content: content(id) });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const first = db.transaction().execute(async (tx) => {
        await lockEventSetup(tx);
        await insertBooths(tx, [booth('trnc-first')]);
        entered();
        await held;
      });
      await inside;
      // Begun while the first has taken the last place but not yet committed it.
      const second = db
        .transaction()
        .execute(async (tx) => {
          await lockEventSetup(tx);
          await insertBooths(tx, [booth('trnc-second')]);
        })
        .then(
          () => 'created',
          (error: unknown) => (error instanceof SetupConflict ? error.code : String(error)),
        );
      await sleep(300);
      release();
      await first;
      expect(await second).toBe('pavilion_full');
      const rows = await db.selectFrom('booths').select('id').where('pavilion_id', '=', 'trnc').execute();
      expect(rows).toHaveLength(max);
    });
  },
);
