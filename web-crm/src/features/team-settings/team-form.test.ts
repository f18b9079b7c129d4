import {
  BIO_MAX,
  checkCabin,
  checkCabinType,
  checkPractitioner,
  isHttpsUrl,
  type PractitionerForm,
} from './team-form';

const practitioner = (overrides: Partial<PractitionerForm> = {}): PractitionerForm => ({
  displayName: 'Zoé Lambert',
  color: '#6A7FB0',
  bio: '',
  photoUrl: '',
  active: true,
  serviceIds: ['s1'],
  ...overrides,
});

describe('team settings forms', () => {
  it.each([
    ['', 'nameRequired'],
    ['   ', 'nameRequired'],
    ['A', 'nameTooShort'],
    ['a'.repeat(61), 'nameTooLong'],
  ])('refuses the cabin type name %j (%s)', (name, key) => {
    expect(checkCabinType({ name })).toEqual({ value: null, errors: { name: key } });
  });

  it('trims a cabin type name; a cabin may have a one-letter name but needs a type', () => {
    expect(checkCabinType({ name: ' Hammam ' })).toEqual({ value: { name: 'Hammam' }, errors: null });
    expect(checkCabin({ name: ' B ', cabinTypeId: 't1', active: false })).toEqual({
      value: { name: 'B', cabinTypeId: 't1', active: false },
      errors: null,
    });
    expect(checkCabin({ name: '', cabinTypeId: '', active: true })).toEqual({
      value: null,
      errors: { name: 'nameRequired', cabinTypeId: 'typeRequired' },
    });
  });

  it.each([
    ['https://photos.exemple.fr/zoe.jpg', true],
    ['HTTPS://photos.exemple.fr/zoe.jpg', true],
    ['http://photos.exemple.fr/zoe.jpg', false],
    ['javascript:alert(1)', false],
    ['photos.exemple.fr/zoe.jpg', false],
    ['https://', false],
    ['https://localhost/zoe.jpg', false],
    ['https://photos exemple.fr/zoe.jpg', false],
  ])('photo address %j is https: %s', (url, ok) => {
    expect(isHttpsUrl(url)).toBe(ok);
  });

  it('normalises a practitioner: trimmed text, blank bio and photo as null, lower-case colour', () => {
    expect(checkPractitioner(practitioner({ displayName: ' Zoé ', bio: '  ', photoUrl: ' ' }))).toEqual({
      value: {
        displayName: 'Zoé',
        color: '#6a7fb0',
        bio: null,
        photoUrl: null,
        active: true,
        serviceIds: ['s1'],
      },
      errors: null,
    });
  });

  it('names each faulty practitioner field', () => {
    expect(
      checkPractitioner(
        practitioner({
          displayName: 'Z',
          color: 'bleu',
          bio: 'é'.repeat(BIO_MAX + 1),
          photoUrl: 'http://photos.exemple.fr/zoe.jpg',
        }),
      ),
    ).toEqual({
      value: null,
      errors: {
        displayName: 'nameTooShort',
        color: 'colorInvalid',
        bio: 'bioTooLong',
        photoUrl: 'photoInvalid',
      },
    });
    expect(checkPractitioner(practitioner({ bio: 'é'.repeat(BIO_MAX) })).errors).toBeNull();
    expect(checkPractitioner(practitioner({ photoUrl: `https://a.fr/${'x'.repeat(500)}` })).errors).toEqual({
      photoUrl: 'photoTooLong',
    });
  });
});
