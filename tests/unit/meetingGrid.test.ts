import { describe, expect, it } from 'vitest';
import { gridLayout } from '../../client/ui/meeting/gridLayout.ts';
import { closedOutcome } from '../../client/state/meetingCall.ts';
import type { Meeting } from '../../shared/meetings.ts';

describe('the meeting grid’s columns', () => {
  const wide = (n: number) => gridLayout(n, 1200, 640).columns;
  const phone = (n: number) => gridLayout(n, 374, 560).columns;

  it('on a wide screen: one tile alone, two side by side, four in a square, nine in three rows', () => {
    expect(wide(1)).toBe(1);
    expect(wide(2)).toBe(2);
    expect(wide(3)).toBe(2);
    expect(wide(4)).toBe(2);
    expect(wide(5)).toBe(3);
    expect(wide(9)).toBe(3);
    expect(wide(16)).toBe(4);
  });

  it('on a 390 px phone: tiles stack until they get too short, then go two abreast', () => {
    expect(phone(1)).toBe(1);
    expect(phone(2)).toBe(1);
    expect(phone(3)).toBe(1);
    expect(phone(6)).toBe(2);
  });

  it('tiles never overflow the area', () => {
    for (let n = 1; n <= 25; n++) {
      const { columns, rows, tileWidth } = gridLayout(n, 900, 500, 16 / 9, 10);
      expect(columns * rows).toBeGreaterThanOrEqual(n);
      expect(columns * tileWidth + (columns - 1) * 10).toBeLessThanOrEqual(900 + 1e-6);
      expect(rows * (tileWidth / (16 / 9)) + (rows - 1) * 10).toBeLessThanOrEqual(500 + 1e-6);
    }
  });

  it('an area not measured yet still gives one column', () => {
    expect(gridLayout(3, 0, 0)).toMatchObject({ columns: 1, tileWidth: 0 });
  });
});

describe('whether a meeting on the list can be entered now', () => {
  const meeting = (over: Partial<Meeting>): Meeting => ({
    id: '00000000-0000-4000-8000-000000000001',
    hallId: 'astana',
    hallName: 'Astana',
    title: 'Digital corridor',
    startsAt: '2026-05-14T10:00:00.000Z',
    endsAt: '2026-05-14T11:00:00.000Z',
    hostId: 'host',
    status: 'scheduled',
    languages: [],
    noRecording: true,
    e2ee: false,
    people: [],
    version: 1,
    updatedAt: '2026-05-01T10:00:00.000Z',
    ...over,
  });

  it('opens fifteen minutes before the start and closes at the end', () => {
    expect(closedOutcome(meeting({}), new Date('2026-05-14T09:40:00Z'))).toBe('early');
    expect(closedOutcome(meeting({}), new Date('2026-05-14T09:46:00Z'))).toBeNull();
    expect(closedOutcome(meeting({}), new Date('2026-05-14T10:30:00Z'))).toBeNull();
    expect(closedOutcome(meeting({}), new Date('2026-05-14T11:00:00Z'))).toBe('ended');
  });

  it('a cancelled or ended meeting stays closed', () => {
    expect(closedOutcome(meeting({ status: 'cancelled' }), new Date('2026-05-14T10:30:00Z'))).toBe('cancelled');
    expect(closedOutcome(meeting({ status: 'ended' }), new Date('2026-05-14T10:30:00Z'))).toBe('ended');
  });
});
