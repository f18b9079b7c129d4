import { buildIcs, fold, parisStamp, type IcsEvent } from './ics.js';

const base: IcsEvent = {
  method: 'REQUEST',
  uid: 'booking-1@serenaia.test',
  sequence: 0,
  start: Date.parse('2026-03-28T09:00:00Z'),
  end: Date.parse('2026-03-28T10:00:00Z'),
  stamp: Date.parse('2026-03-01T12:00:00.123Z'),
  summary: 'Soin du visage, Institut Rose',
  description: 'Réf. K7P2QX\nGérer : https://exemple.fr/rendez-vous/abc',
  location: '1 rue de la Paix; 75002 Paris',
  url: 'https://exemple.fr/rendez-vous/abc',
  organizer: { name: 'Institut Rose', email: 'contact@rose.test' },
  attendee: { name: 'Jeanne Test', email: 'jeanne@exemple.fr' },
};

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('parisStamp', () => {
  it.each([
    ['2026-03-28T09:00:00Z', '20260328T100000'], // Saturday, CET
    ['2026-03-29T08:00:00Z', '20260329T100000'], // Sunday after spring-forward, CEST
    ['2026-10-25T00:30:00Z', '20261025T023000'], // first 02:30 (CEST)
    ['2026-10-25T01:30:00Z', '20261025T023000'], // second 02:30 (CET)
    ['2026-10-25T09:00:00Z', '20261025T100000'],
  ])('%s → %s', (instant, expected) => {
    expect(parisStamp(Date.parse(instant))).toBe(expected);
  });
});

describe('buildIcs', () => {
  it('writes a REQUEST with the Paris time zone, a stable UID and the sequence', () => {
    const ics = buildIcs({ ...base, sequence: 2 });
    const text = unfold(ics);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text).toContain('METHOD:REQUEST\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
    expect(text).toContain('UID:booking-1@serenaia.test\r\n');
    expect(text).toContain('SEQUENCE:2\r\n');
    expect(text).toContain('DTSTAMP:20260301T120000Z\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260328T100000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Paris:20260328T110000\r\n');
    expect(text).toContain('LOCATION:1 rue de la Paix\\; 75002 Paris\r\n');
    expect(text).toContain('DESCRIPTION:Réf. K7P2QX\\nGérer : https://exemple.fr/rendez-vous/abc\r\n');
    expect(text).toContain('SUMMARY:Soin du visage\\, Institut Rose\r\n');
    expect(text).toContain('STATUS:CONFIRMED\r\n');
  });

  it('writes a cancellation as METHOD:CANCEL, STATUS:CANCELLED', () => {
    const text = unfold(buildIcs({ ...base, method: 'CANCEL', sequence: 3 }));
    expect(text).toContain('METHOD:CANCEL\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\n');
    expect(text).toContain('SEQUENCE:3\r\n');
  });
});

describe('fold', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
