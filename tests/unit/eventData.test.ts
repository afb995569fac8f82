import { describe, expect, it, vi } from 'vitest';
import { DashboardFeed } from '../../server/dashboard/dashboardFeed.ts';
import type { EventFigures } from '../../server/dashboard/eventFigures.ts';
import { cachedFigures } from '../../server/dashboard/figuresCache.ts';
import { censusOf } from '../../server/dashboard/roomCensus.ts';
import { hallSlug } from '../../server/db/hallSetupStore.ts';
import { slugify } from '../../shared/eventSetup.ts';
import { createLogger } from '../../server/log.ts';
import type { DashboardSnapshot } from '../../shared/dashboard.ts';
import { EXPORT_SECTIONS } from '../../shared/exportFormat.ts';
import english from '../../client/i18n/locales/en.json' with { type: 'json' };
import { EXPORT_CONTENTS, LISTED_SECTIONS } from '../../client/ui/organiser/export/exportContents.ts';

function snapshot(people: number, at = new Date().toISOString()): DashboardSnapshot {
  return {
    at,
    online: { total: people, plaza: { people, instances: [{ roomId: 'p1', people }] }, pavilions: [] },
    stages: [],
    leads: { total: 0, topBooths: [] },
    visits: { total: 0, visitors: 0, topBooths: [] },
    meetingsNow: [],
  };
}

describe('the live dashboard feed', () => {
  it('hands on a snapshot at once, then only when a figure changed, and stops with its last watcher', async () => {
    vi.useFakeTimers();
    try {
      let people = 1;
      const take = vi.fn(async () => snapshot(people, new Date().toISOString()));
      const feed = new DashboardFeed(take, createLogger('silent'), 2000);
      const seen: number[] = [];
      const stop = feed.subscribe((s) => seen.push(s.online.total));
      await vi.advanceTimersByTimeAsync(0);
      expect(seen).toEqual([1]);
      // Same figures, a later time stamp: nothing new is sent.
      await vi.advanceTimersByTimeAsync(2000);
      expect(take).toHaveBeenCalledTimes(2);
      expect(seen).toEqual([1]);
      people = 2;
      await vi.advanceTimersByTimeAsync(2000);
      expect(seen).toEqual([1, 2]);
      // A second watcher gets the current figures at once, without another snapshot being taken.
      const later: number[] = [];
      const stopLater = feed.subscribe((s) => later.push(s.online.total));
      expect(later).toEqual([2]);
      expect(take).toHaveBeenCalledTimes(3);
      stop();
      stopLater();
      expect(feed.watchers).toBe(0);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(take).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts seats per room instance from the registry, plaza, pavilions and meetings apart', () => {
    const census = censusOf([
      { name: 'plaza', roomId: 'b', clients: 2 },
      { name: 'plaza', roomId: 'a', clients: 600 },
      { name: 'pavilion', roomId: 'k1', clients: 3, pavilionId: 'kz' },
      { name: 'pavilion', roomId: 'k0', clients: 80, pavilionId: 'kz' },
      { name: 'meeting', roomId: 'm', clients: 4, meetingId: 'mt' },
      { name: 'meeting_lobby', roomId: 'l', clients: 1, meetingId: 'mt' },
    ]);
    expect(census.plaza).toEqual([
      { roomId: 'a', people: 600 },
      { roomId: 'b', people: 2 },
    ]);
    expect(census.pavilions.get('kz')).toEqual([
      { roomId: 'k0', people: 80 },
      { roomId: 'k1', people: 3 },
    ]);
    expect(census.meetings.get('mt')).toBe(4);
  });

  it('reads the database figures again only once they are old enough', async () => {
    const figures: EventFigures = {
      leads: { total: 1, topBooths: [] },
      visits: { total: 0, visitors: 0, topBooths: [] },
      slotsNow: [],
      meetingsNow: [],
    };
    const read = vi.fn(async () => figures);
    const cached = cachedFigures(read, 10_000);
    const t0 = Date.parse('2026-11-26T10:00:00Z');
    await cached(new Date(t0));
    await cached(new Date(t0 + 9_999));
    expect(read).toHaveBeenCalledTimes(1);
    await cached(new Date(t0 + 10_000));
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('hall ids', () => {
  it('are made of the name’s letters, accents dropped, never empty', () => {
    expect(hallSlug('Samarkand Room')).toBe('samarkand-room');
    expect(hallSlug('  Türkistan — Hall 2 ')).toBe('turkistan-hall');
    expect(hallSlug('Зал Алматы')).toBe('hall');
    // Spelt as the booths' ids are: dotless ı and schwa read as i and a, not dropped.
    expect(hallSlug('Bakı')).toBe('baki');
    expect(hallSlug('Şəki Hall')).toBe('saki-hall');
    expect(hallSlug('Türkistan')).toBe('turkistan');
    expect(hallSlug('Bakı')).toBe(slugify('Bakı'));
    expect(hallSlug('A very long hall name that goes on and on')).toMatch(/^[a-z][a-z-]{1,23}[a-z]$/);
  });
});

describe('the console’s list of what the export holds', () => {
  it('tells of every section the file has, in the file’s order', () => {
    expect(LISTED_SECTIONS).toEqual(Object.keys(EXPORT_SECTIONS));
    expect(EXPORT_CONTENTS).toEqual(expect.arrayContaining(['announcements', 'reports', 'moderation', 'chat']));
    for (const line of EXPORT_CONTENTS) expect(english.eventData.export.contents).toHaveProperty(line);
  });
});
