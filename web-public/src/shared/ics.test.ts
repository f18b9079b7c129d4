import { buildIcs, escapeIcsText, foldIcsLine, icsDateTime } from './ics';

const event = {
  uid: 'Q8BF5D@serenaia',
  start: '2026-12-01T10:45:00.000Z',
  end: '2026-12-01T11:45:00.000Z',
  summary: 'Soin hydratant profond · Sérénaia Beauté',
  location: 'Sérénaia Beauté, 18 rue des Martyrs, 75009 Paris',
  description: 'Référence Q8BF5D\nAvec Camille Roux',
  now: new Date('2026-11-25T17:54:09.214Z'),
};

/** Unfolds continuation lines (RFC 5545 §3.1) to read properties back. */
function properties(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r\n /g, '');
  return new Map(
    unfolded
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as const),
  );
}

describe('buildIcs', () => {
  it('writes one VEVENT in a VCALENDAR, with CRLF line endings only', () => {
    const ics = buildIcs(event);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('identifies the event by the booking reference and writes instants in UTC', () => {
    const props = properties(buildIcs(event));
    expect(props.get('UID')).toBe('Q8BF5D@serenaia');
    expect(props.get('DTSTAMP')).toBe('20261125T175409Z');
    expect(props.get('DTSTART')).toBe('20261201T104500Z');
    expect(props.get('DTEND')).toBe('20261201T114500Z');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const props = properties(buildIcs({ ...event, summary: 'Épilation; jambes, aisselles \\ maillot' }));
    expect(props.get('SUMMARY')).toBe('Épilation\\; jambes\\, aisselles \\\\ maillot');
    expect(props.get('LOCATION')).toBe('Sérénaia Beauté\\, 18 rue des Martyrs\\, 75009 Paris');
    expect(props.get('DESCRIPTION')).toBe('Référence Q8BF5D\\nAvec Camille Roux');
  });

  it('marks a booking awaiting its deposit as tentative, and leaves out what is missing', () => {
    const ics = buildIcs({ ...event, status: 'TENTATIVE', location: undefined, description: undefined });
    const props = properties(ics);
    expect(props.get('STATUS')).toBe('TENTATIVE');
    expect(props.has('LOCATION')).toBe(false);
    expect(props.has('DESCRIPTION')).toBe(false);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `${'Épilation jambes complètes + '.repeat(6)}fin`;
    const ics = buildIcs({ ...event, summary: long });
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(properties(ics).get('SUMMARY')).toBe(escapeIcsText(long));
  });
});

describe('ics helpers', () => {
  it('formats instants as basic UTC date-times', () => {
    expect(icsDateTime(new Date('2026-03-29T01:30:00.000Z'))).toBe('20260329T013000Z');
  });

  it('keeps short lines as they are and starts continuations with a space', () => {
    expect(foldIcsLine('SUMMARY:court')).toBe('SUMMARY:court');
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(60)}`);
    const [first, ...rest] = folded.split('\r\n');
    expect(new TextEncoder().encode(first).length).toBeLessThanOrEqual(75);
    expect(rest.every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
  });
});
