/**
 * iCalendar (RFC 5545) invitations for a booking. Times are written as wall times in Europe/Paris
 * with its VTIMEZONE (so a calendar shows 10:00 whatever DST does), the UID is stable per booking, the
 * SEQUENCE follows the booking's reschedules, and a cancellation is METHOD:CANCEL with STATUS:CANCELLED.
 * Lines are CRLF-terminated and folded at 75 octets. Pure.
 */
import { localDateOf, localTimeOf } from '../../common/time.js';

export const ICS_TIME_ZONE = 'Europe/Paris';

/** The rules of Europe/Paris since 1996 (EU summer time). */
const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface IcsEvent {
  method: 'REQUEST' | 'CANCEL';
  /** Stable per booking, e.g. `booking-<id>@<domain>`. */
  uid: string;
  sequence: number;
  start: number;
  end: number;
  /** When this version was written (DTSTAMP). */
  stamp: number;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string } | null;
}

export function buildIcs(e: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Serenaia//Rendez-vous//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.method}`,
    ...PARIS_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART;TZID=${ICS_TIME_ZONE}:${parisStamp(e.start)}`,
    `DTEND;TZID=${ICS_TIME_ZONE}:${parisStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `LOCATION:${escapeText(e.location)}`,
    ...(e.url === null ? [] : [`URL:${e.url}`]),
    `ORGANIZER;CN=${quoteParam(e.organizer.name)}:mailto:${e.organizer.email}`,
    ...(e.attendee === null
      ? []
      : [
          `ATTENDEE;CN=${quoteParam(e.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${e.attendee.email}`,
        ]),
    `STATUS:${e.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** 20260329T100000: the wall time in Paris. */
export function parisStamp(instant: number): string {
  const date = localDateOf(instant, ICS_TIME_ZONE).replaceAll('-', '');
  const time = localTimeOf(instant, ICS_TIME_ZONE).replace(':', '');
  const seconds = String(Math.floor((instant % 60_000) / 1000)).padStart(2, '0');
  return `${date}T${time}${seconds}`;
}

function utcStamp(instant: number): string {
  return new Date(Math.floor(instant / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function quoteParam(value: string): string {
  return `"${value.replace(/"/g, "'")}"`;
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
