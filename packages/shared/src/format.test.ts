import {
  addressLines,
  capitalize,
  formatDateKey,
  formatDateTime,
  formatDayAndMonth,
  formatDuration,
  formatLongDate,
  formatMonthKey,
  formatPrice,
  formatSiret,
  formatTime,
  initials,
  mapUrl,
  phoneHref,
} from './format';

describe('phoneHref', () => {
  it.each([
    ['01 42 80 12 34', 'tel:+33142801234'],
    ['06.12.34.56.78', 'tel:+33612345678'],
    ['+33 1 42 80 12 34', 'tel:+33142801234'],
    ['0032 2 123 45 67', 'tel:+3221234567'],
    ['3949', 'tel:3949'],
  ])('turns %s into %s', (phone, href) => {
    expect(phoneHref(phone)).toBe(href);
  });
});

describe('formatSiret', () => {
  it('groups the 14 digits as 3-3-3-5', () => {
    expect(formatSiret('91234567500017')).toBe('912 345 675 00017');
  });

  it('leaves anything that is not a SIRET as it is', () => {
    expect(formatSiret('1234')).toBe('1234');
  });
});

describe('addressLines', () => {
  it('skips an empty complement', () => {
    expect(
      addressLines({
        addressLine1: '18 rue des Martyrs',
        addressLine2: ' ',
        postalCode: '75009',
        city: 'Paris',
      }),
    ).toEqual(['18 rue des Martyrs', '75009 Paris']);
  });

  it('keeps a complement between street and city', () => {
    expect(
      addressLines({
        addressLine1: '2 place Bellecour',
        addressLine2: 'Bâtiment B',
        postalCode: '69002',
        city: 'Lyon',
      }),
    ).toEqual(['2 place Bellecour', 'Bâtiment B', '69002 Lyon']);
  });
});

describe('mapUrl', () => {
  it('searches the full address on OpenStreetMap', () => {
    expect(mapUrl({ addressLine1: '18 rue des Martyrs', postalCode: '75009', city: 'Paris' })).toBe(
      'https://www.openstreetmap.org/search?query=18%20rue%20des%20Martyrs%2C%2075009%20Paris',
    );
  });
});

describe('formatPrice', () => {
  it.each([
    // fr-FR: a no-break space before the euro sign, a narrow one between thousands.
    [4500, '45\u00a0€'],
    [2250, '22,50\u00a0€'],
    [5, '0,05\u00a0€'],
    [123456, '1\u202f234,56\u00a0€'],
    [0, '0\u00a0€'],
  ])('formats %i cents as %s', (cents, text) => {
    expect(formatPrice(cents)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [10, '10\u00a0min'],
    [45, '45\u00a0min'],
    [60, '1\u00a0h'],
    [75, '1\u00a0h\u00a015'],
    [125, '2\u00a0h\u00a005'],
  ])('formats %i minutes as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('dates and times in Europe/Paris', () => {
  it('writes a date and time in words, in winter time (UTC+1)', () => {
    expect(formatDateTime('2026-11-28T09:30:00.000Z')).toBe('samedi 28 novembre 2026 à 10:30');
  });

  it('writes a summer date in summer time (UTC+2)', () => {
    expect(formatDateTime('2026-07-14T08:00:00Z')).toBe('mardi 14 juillet 2026 à 10:00');
  });

  it('follows the spring DST change: the same UTC hour is a different Paris hour either side', () => {
    // Sunday 29 March 2026, 02:00 → 03:00.
    expect(formatTime('2026-03-29T00:30:00Z')).toBe('01:30');
    expect(formatTime('2026-03-29T01:30:00Z')).toBe('03:30');
    expect(formatDateTime('2026-03-28T09:00:00Z')).toBe('samedi 28 mars 2026 à 10:00');
    expect(formatDateTime('2026-03-30T09:00:00Z')).toBe('lundi 30 mars 2026 à 11:00');
  });

  it('takes the Paris calendar day, not the UTC one, late in the evening', () => {
    expect(formatLongDate('2026-11-28T23:30:00Z')).toBe('dimanche 29 novembre 2026');
    expect(formatDayAndMonth('2026-06-30T22:15:00Z')).toBe('mercredi 1 juillet');
  });

  it('writes calendar dates and months without any time zone shift', () => {
    expect(formatDateKey('2026-12-01')).toBe('mardi 1 décembre 2026');
    expect(formatDateKey('2026-12-01', { year: false })).toBe('mardi 1 décembre');
    expect(formatMonthKey('2027-01')).toBe('janvier 2027');
  });

  it('capitalizes the first letter and makes initials', () => {
    expect(capitalize('samedi 28 novembre')).toBe('Samedi 28 novembre');
    expect(initials('Camille Roux')).toBe('CR');
    expect(initials('Marie-Hélène')).toBe('MH');
  });
});
