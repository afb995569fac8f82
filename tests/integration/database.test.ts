import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueService } from '../../server/catalogue.ts';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { saveBoothFile, readStoredFile } from '../../server/db/fileStore.ts';
import { createInvite, redeemInvite, revokeInvite } from '../../server/db/inviteStore.ts';
import { addLead, listLeads } from '../../server/db/leadStore.ts';
import { boothAnalytics, recordVisit } from '../../server/db/visitStore.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';

const card = {
  name: 'Айгерим',
  organisation: 'Astana Hub',
  email: 'a@example.kz',
  message: '',
  consent: true as const,
};

describe.each(BACKENDS)('database on $name', ({ create }) => {
  let target: TestDatabase;
  let database: Db;
  let catalogue: CatalogueService;
  let boothId: string;

  beforeAll(async () => {
    target = await create();
    database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR });
    catalogue = await CatalogueService.open(database.db, 'assets/catalogue.json');
    boothId = catalogue.current.pavilions[1]!.booths[0]!.id;
  });
  afterAll(async () => {
    await database.close();
    await target.drop();
  });

  it('runs the migrations and seeds the catalogue once, with at least five booths per pavilion', async () => {
    expect(database.backend).toBe(target.backend);
    expect(catalogue.current.pavilions).toHaveLength(8);
    for (const p of catalogue.current.pavilions) expect(p.booths.length).toBeGreaterThanOrEqual(5);
    const again = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR }).catch(
      () => undefined,
    );
    // PGlite is single-process; a real PostgreSQL accepts the second connection and seeding is a no-op.
    if (again) {
      const second = await CatalogueService.open(again.db, 'assets/catalogue.json');
      expect(second.current).toEqual(catalogue.current);
      await again.close();
    }
  });

  it('keeps one card per visitor and booth, even when the same card arrives many times at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => addLead(database.db, boothId, 'visitor-1', 'kk', card)),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.lead.id)).size).toBe(1);
    await addLead(database.db, boothId, 'visitor-2', 'en', { ...card, name: 'Mehmet' });
    const leads = await listLeads(database.db, boothId);
    expect(leads.map((l) => l.name).sort()).toEqual(['Mehmet', 'Айгерим']);
  });

  it('stores a file and points the booth at it in one step', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const id = await saveBoothFile(database.db, boothId, 'logo', 'image/png', bytes);
    const stored = await readStoredFile(database.db, id);
    expect(stored?.content_type).toBe('image/png');
    expect(Array.from(stored!.bytes)).toEqual(Array.from(bytes));
    await catalogue.refresh();
    expect(catalogue.booth(boothId)?.logoUrl).toBe(`/api/files/${id}`);
    await expect(saveBoothFile(database.db, 'no-such-booth', 'logo', 'image/png', bytes)).rejects.toThrow();
    const replacement = await saveBoothFile(database.db, boothId, 'logo', 'image/png', bytes);
    expect(await readStoredFile(database.db, id)).toBeUndefined();
    expect(await readStoredFile(database.db, replacement)).toBeDefined();
  });

  it('redeems invitations by code only, within their expiry, uses and revocation, even when raced', async () => {
    const { code, invite } = await createInvite(database.db, { role: 'exhibitor', boothId });
    expect(await redeemInvite(database.db, code)).toEqual({
      ok: true,
      grant: { role: 'exhibitor', boothId },
      inviteId: invite.id,
    });
    expect(await redeemInvite(database.db, `${code}x`)).toEqual({ ok: false, reason: 'unknown' });
    const expired = await createInvite(database.db, { role: 'organiser' }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await redeemInvite(database.db, expired.code)).toEqual({ ok: false, reason: 'expired' });
    const once = await createInvite(database.db, { role: 'organiser' }, { maxUses: 1 });
    const raced = await Promise.all(Array.from({ length: 8 }, () => redeemInvite(database.db, once.code)));
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    expect(raced.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'used')).toBe(true);
    const speaker = await createInvite(database.db, { role: 'speaker', stage: 'uz' });
    expect(await redeemInvite(database.db, speaker.code)).toMatchObject({
      ok: true,
      grant: { role: 'speaker', stage: 'uz' },
    });
    expect((await revokeInvite(database.db, speaker.invite.id))?.revokedAt).not.toBeNull();
    expect(await redeemInvite(database.db, speaker.code)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('turns visits into hourly figures and dwell buckets', async () => {
    const now = new Date('2026-11-25T12:30:00Z');
    const visit = (visitor: string, minutesAgo: number, seconds: number) =>
      recordVisit(database.db, {
        booth_id: boothId,
        visitor_id: visitor,
        started_at: new Date(now.getTime() - minutesAgo * 60_000),
        ended_at: new Date(now.getTime() - minutesAgo * 60_000 + seconds * 1000),
        dwell_ms: seconds * 1000,
      });
    await visit('a', 10, 5);
    await visit('a', 20, 45);
    await visit('b', 90, 200);
    const figures = await boothAnalytics(database.db, boothId, 3, now);
    expect(figures.totals).toMatchObject({ visits: 3, visitors: 2 });
    expect(figures.hours.find((h) => h.hour === '2026-11-25T12:00:00.000Z')).toMatchObject({ visits: 2, visitors: 1 });
    expect(figures.hours.find((h) => h.hour === '2026-11-25T11:00:00.000Z')).toMatchObject({ visits: 1 });
    expect(figures.dwell.medianSeconds).toBe(45);
    expect(figures.dwell.buckets.map((b) => b.visits)).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
