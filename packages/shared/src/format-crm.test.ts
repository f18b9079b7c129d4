import { addressLines, capitalize, formatLongDate, formatSiret, phoneHref } from './format';

describe('formatLongDate', () => {
  it('writes the date in French in the Paris time zone, whatever the machine’s zone', () => {
    // 23:30 UTC on 25 November is already Thursday 26 November in Paris (UTC+1).
    expect(formatLongDate(new Date('2026-11-25T23:30:00Z'))).toBe('jeudi 26 novembre 2026');
    expect(formatLongDate(new Date('2026-11-25T22:59:59Z'))).toBe('mercredi 25 novembre 2026');
  });

  it('follows summer time (UTC+2)', () => {
    expect(formatLongDate(new Date('2026-07-14T22:30:00Z'))).toBe('mercredi 15 juillet 2026');
  });

  it('uses the given time zone', () => {
    expect(formatLongDate(new Date('2026-11-25T23:30:00Z'), 'America/Martinique')).toBe(
      'mercredi 25 novembre 2026',
    );
  });
});

describe('small formatters', () => {
  it('capitalizes the first letter only', () => {
    expect(capitalize('mardi 1 décembre 2026')).toBe('Mardi 1 décembre 2026');
    expect(capitalize('')).toBe('');
  });

  it('groups a SIRET and builds tel: links and address lines', () => {
    expect(formatSiret('91234567500017')).toBe('912 345 675 00017');
    expect(phoneHref('01 42 80 12 34')).toBe('tel:+33142801234');
    expect(addressLines({ addressLine1: '18 rue des Martyrs', postalCode: '75009', city: 'Paris' })).toEqual([
      '18 rue des Martyrs',
      '75009 Paris',
    ]);
  });
});
