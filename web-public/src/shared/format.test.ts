import { addressLines, formatSiret, mapUrl, phoneHref } from './format';

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
