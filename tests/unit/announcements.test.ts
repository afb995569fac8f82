import { describe, expect, it } from 'vitest';
import { checkDraft, emptyText } from '../../client/ui/announcements/announcementDraft.ts';
import { reasonFromReport } from '../../client/ui/organiser/moderation/reportActions.ts';
import {
  AnnouncementDraft,
  AnnouncementUpdate,
  announcementLine,
  isShowing,
  type Announcement,
} from '../../shared/announcements.ts';
import { ReportRequest, ReportResolution, type Report } from '../../shared/reports.ts';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const announcement = (over: Partial<Announcement> = {}): Announcement => ({
  id: 'a1',
  text: { en: 'Lunch is served', ru: 'Обед подан' },
  byName: 'Chief',
  startedAt: '2026-11-26T09:00:00.000Z',
  endsAt: null,
  endedAt: null,
  ...over,
});

describe('announcements', () => {
  it('need English, trim each language, refuse empty or control-character lines and odd durations', () => {
    expect(AnnouncementDraft.parse({ text: { en: '  Hello  ', kk: ' Сәлем ' }, minutes: 30 })).toEqual({
      text: { en: 'Hello', kk: 'Сәлем' },
      minutes: 30,
    });
    for (const bad of [
      { text: { ru: 'Привет' } },
      { text: { en: '' } },
      { text: { en: 'ok', tr: '   ' } },
      { text: { en: 'line\nbreak' } },
      { text: { en: 'x'.repeat(281) } },
      { text: { en: 'ok' }, minutes: 0 },
      { text: { en: 'ok' }, minutes: 2.5 },
    ]) {
      expect(AnnouncementDraft.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('show until ended or until their end, whichever comes first', () => {
    expect(isShowing(announcement(), NOW)).toBe(true);
    expect(isShowing(announcement({ endsAt: '2026-11-26T10:00:01.000Z' }), NOW)).toBe(true);
    expect(isShowing(announcement({ endsAt: '2026-11-26T10:00:00.000Z' }), NOW)).toBe(false);
    expect(isShowing(announcement({ endedAt: '2026-11-26T09:30:00.000Z' }), NOW)).toBe(false);
  });

  it('read in the visitor’s language, in English where it was not written in theirs', () => {
    expect(announcementLine(announcement(), 'ru')).toBe('Обед подан');
    expect(announcementLine(announcement(), 'hu')).toBe('Lunch is served');
    expect(AnnouncementUpdate.safeParse({ active: null }).success).toBe(true);
    expect(AnnouncementUpdate.safeParse({ active: { id: 'a1' } }).success).toBe(false);
  });

  it('are checked in the console before sending: English first, then each language’s length', () => {
    const text = emptyText();
    expect(checkDraft(text, null)).toEqual({ ok: false, problem: 'englishMissing', lang: 'en' });
    text.ru = 'Обед';
    expect(checkDraft(text, null)).toMatchObject({ ok: false, lang: 'en' });
    text.en = ' Lunch ';
    text.tr = 'x'.repeat(281);
    expect(checkDraft(text, 60)).toEqual({ ok: false, problem: 'tooLong', lang: 'tr' });
    text.tr = '';
    expect(checkDraft(text, 60)).toEqual({ ok: true, body: { text: { en: 'Lunch', ru: 'Обед' }, minutes: 60 } });
    expect(checkDraft(text, null)).toEqual({ ok: true, body: { text: { en: 'Lunch', ru: 'Обед' } } });
  });
});

describe('reports', () => {
  it('take a known reason and at most 500 characters of details; resolutions one of two outcomes', () => {
    const userId = '6f1c1f9e-8a57-4c1e-9d0e-2b6c7a1d5e10';
    expect(ReportRequest.parse({ userId, reason: 'spam' })).toEqual({ userId, reason: 'spam', details: '' });
    expect(ReportRequest.safeParse({ userId, reason: 'rudeness' }).success).toBe(false);
    expect(ReportRequest.safeParse({ userId: 'someone', reason: 'spam' }).success).toBe(false);
    expect(ReportRequest.safeParse({ userId, reason: 'other', details: 'x'.repeat(501) }).success).toBe(false);
    expect(ReportResolution.parse({ outcome: 'dismissed' })).toEqual({ outcome: 'dismissed', note: '' });
    expect(ReportResolution.safeParse({ outcome: 'open' }).success).toBe(false);
  });

  it('fill the moderation reason from the report, within the log’s limit', () => {
    const t = ((key: string, values?: { text?: string }) =>
      key === 'reports.panel.reasonPrefill'
        ? `Report: ${values?.text}`
        : key === 'reports.reason.spam'
          ? 'Spam'
          : key) as never;
    const report = { reason: 'spam', details: '' } as Report;
    expect(reasonFromReport(t, report)).toBe('Report: Spam');
    expect(reasonFromReport(t, { ...report, details: 'Adverts' })).toBe('Report: Spam: Adverts');
    expect(reasonFromReport(t, { ...report, details: 'x'.repeat(500) })).toHaveLength(300);
  });
});
