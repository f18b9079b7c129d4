import { addressLinesOf, letterheadOf } from './letterhead.js';

describe('letterhead', () => {
  const row = {
    name: 'Institut Lumière',
    addressLine1: '12 rue des Lilas',
    addressLine2: null,
    postalCode: '69003',
    city: 'Lyon',
    phone: '+33478000000',
    email: 'bonjour@lumiere.fr',
    brandColor: '#336699',
  };

  it('prints the street, the optional second line, then postal code and city', () => {
    expect(addressLinesOf(row)).toEqual(['12 rue des Lilas', '69003 Lyon']);
    expect(addressLinesOf({ ...row, addressLine2: 'Bâtiment B' })).toEqual([
      '12 rue des Lilas',
      'Bâtiment B',
      '69003 Lyon',
    ]);
  });

  it('gives the institute as documents show it, or a neutral head before the set-up', () => {
    expect(letterheadOf(row)).toEqual({
      name: 'Institut Lumière',
      addressLines: ['12 rue des Lilas', '69003 Lyon'],
      phone: '+33478000000',
      email: 'bonjour@lumiere.fr',
      brandColor: '#336699',
    });
    expect(letterheadOf(null)).toEqual({
      name: 'Sérénaia',
      addressLines: [],
      phone: null,
      email: null,
      brandColor: '#8e5b6e',
    });
  });
});
