import { CRLF, escapeText, foldLine } from '../../shared/contentLines.ts';
import type { Meeting, MeetingPerson } from '../../shared/meetings.ts';

/**
 * One meeting as an iCalendar file (RFC 5545) for a person's own calendar: CRLF line ends,
 * lines folded at 75 octets without splitting a character, text values escaped.
 */

/** 20261201T100000Z */
function utc(isoInstant: string): string {
  return new Date(isoInstant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Parameter values cannot hold a double quote at all and are quoted whole (RFC 5545 3.2). */
function quoteParam(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, "'")}"`;
}

const PARTSTAT = { invited: 'NEEDS-ACTION', accepted: 'ACCEPTED', declined: 'DECLINED' } as const;

function attendee(person: MeetingPerson): string {
  return `ATTENDEE;CN=${quoteParam(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${PARTSTAT[person.rsvp]}:urn:uuid:${person.userId}`;
}

function description(meeting: Meeting): string {
  const lines = [];
  if (meeting.languages.length > 0) lines.push(`Interpretation: ${meeting.languages.join(', ')}`);
  if (meeting.noRecording) lines.push('This meeting is not recorded.');
  return lines.join('\n');
}

export function meetingCalendar(meeting: Meeting, hallName: string, now: Date): string {
  const host = meeting.people.find((p) => p.host);
  const about = description(meeting);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Turkic Metaverse//Side meetings//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${meeting.id}@turkic-metaverse`,
    `DTSTAMP:${utc(now.toISOString())}`,
    `DTSTART:${utc(meeting.startsAt)}`,
    `DTEND:${utc(meeting.endsAt)}`,
    `SEQUENCE:${meeting.version - 1}`,
    `LAST-MODIFIED:${utc(meeting.updatedAt)}`,
    `SUMMARY:${escapeText(meeting.title)}`,
    `LOCATION:${escapeText(`${hallName} hall, Turkic Metaverse`)}`,
    ...(about ? [`DESCRIPTION:${escapeText(about)}`] : []),
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'CLASS:PRIVATE',
    ...(host ? [`ORGANIZER;CN=${quoteParam(host.name)}:urn:uuid:${host.userId}`] : []),
    ...meeting.people.map(attendee),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
