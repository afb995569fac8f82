import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/meetings.ts';
import { escapeText, foldLine } from '../../shared/contentLines.ts';
import { meetingCalendar } from '../../server/meetings/icsCalendar.ts';

const meeting: Meeting = {
  id: '6f1c1a52-8f0e-4c5b-9f4e-2d7b0f6f9a11',
  hallId: 'baku',
  hallName: 'Baku',
  title: 'Digital corridor; customs, data\\rules',
  startsAt: '2026-12-01T10:00:00.000Z',
  endsAt: '2026-12-01T11:30:00.000Z',
  hostId: 'a0000000-0000-4000-8000-000000000001',
  status: 'scheduled',
  languages: ['ru', 'tr'],
  noRecording: true,
  e2ee: false,
  people: [
    {
      userId: 'a0000000-0000-4000-8000-000000000001',
      name: 'Aliya "Ali" Bekova',
      country: 'kz',
      role: 'delegate',
      verified: true,
      rsvp: 'accepted',
      host: true,
    },
    {
      userId: 'a0000000-0000-4000-8000-000000000002',
      name: 'Ərdoğan Məmmədov-Qasımov, Deputy Minister of Digital Development and Transport',
      country: 'az',
      role: 'delegate',
      verified: true,
      rsvp: 'invited',
      host: false,
    },
  ],
  version: 3,
  updatedAt: '2026-11-20T08:15:00.000Z',
};
const NOW = new Date('2026-11-21T09:00:05.123Z');

/** Undoes folding (RFC 5545 3.1): a CRLF followed by a space joins two lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('meeting calendar (.ics)', () => {
  const text = meetingCalendar(meeting, 'Baku', NOW);
  const lines = unfold(text);

  it('is one VEVENT in a VCALENDAR with CRLF line ends, ending in CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });

  it('names the meeting by a stable UID and says when, in UTC, which version and where', () => {
    expect(lines).toContain(`UID:${meeting.id}@turkic-metaverse`);
    expect(lines).toContain('DTSTAMP:20261121T090005Z');
    expect(lines).toContain('DTSTART:20261201T100000Z');
    expect(lines).toContain('DTEND:20261201T113000Z');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('LOCATION:Baku hall\\, Turkic Metaverse');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SUMMARY:Digital corridor\\; customs\\, data\\\\rules');
    expect(lines).toContain('DESCRIPTION:Interpretation: ru\\, tr\\nThis meeting is not recorded.');
  });

  it('lists the host as organiser and everyone as an attendee with their answer, names quoted safely', () => {
    expect(lines).toContain(`ORGANIZER;CN="Aliya 'Ali' Bekova":urn:uuid:${meeting.hostId}`);
    const attendees = lines.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees).toHaveLength(2);
    expect(attendees[0]).toContain('PARTSTAT=ACCEPTED');
    expect(attendees[1]).toMatch(/^ATTENDEE;CN="Ərdoğan Məmmədov-Qasımov, Deputy.*";.*PARTSTAT=NEEDS-ACTION:urn:uuid:/);
  });

  it('says CANCELLED for a cancelled meeting', () => {
    const cancelled = unfold(meetingCalendar({ ...meeting, status: 'cancelled', version: 4 }, 'Baku', NOW));
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('SEQUENCE:3');
  });

  it('folds every line at 75 octets without splitting a character', () => {
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    // Every physical line is whole UTF-8: a split character would turn into U+FFFD here.
    for (const line of physical) expect(line).not.toContain('\uFFFD');
  });
});

describe('ics text helpers', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds by octets: a line of two-byte letters breaks before 75 bytes, continuations start with a space', () => {
    const folded = foldLine(`SUMMARY:${'ə'.repeat(100)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(new TextEncoder().encode(parts[0]).length).toBe(74);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ə'.repeat(100)}`);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });
});
