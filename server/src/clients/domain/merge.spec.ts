import { mergedValues, type MergeableClient } from './merge.js';

const survivor: MergeableClient = {
  firstName: 'Hélène',
  lastName: 'Dupont',
  email: 'helene@exemple.fr',
  phone: '+33612345678',
  birthday: null,
  addressLine1: '3 rue Lepic',
  postalCode: '75018',
  city: 'Paris',
  preferredPractitionerId: null,
  marketingConsent: false,
  serviceEmailOptOut: false,
  serviceSmsOptOut: true,
  notes: 'Préfère le matin.',
  tags: ['VIP', 'fidèle'],
};

const merged: MergeableClient = {
  firstName: 'Helene',
  lastName: 'Dupont',
  email: 'h.dupont@travail.fr',
  phone: '+33698765432',
  birthday: '1985-04-12',
  addressLine1: null,
  postalCode: null,
  city: null,
  preferredPractitionerId: 'p1',
  marketingConsent: true,
  serviceEmailOptOut: false,
  serviceSmsOptOut: false,
  notes: 'Allergique au latex.',
  tags: ['fidèle', 'anniversaire'],
};

describe('mergedValues', () => {
  it('keeps the survivor, fills its blanks and unites tags and notes', () => {
    expect(mergedValues(survivor, merged, [])).toEqual({
      ...survivor,
      birthday: '1985-04-12',
      preferredPractitionerId: 'p1',
      notes: 'Préfère le matin.\n\nAllergique au latex.',
      tags: ['anniversaire', 'fidèle', 'VIP'],
    });
  });

  it('takes the chosen fields from the merged record', () => {
    const values = mergedValues(survivor, merged, ['FIRST_NAME', 'EMAIL', 'PHONE', 'CONSENTS', 'NOTES']);
    expect(values).toMatchObject({
      firstName: 'Helene',
      email: 'h.dupont@travail.fr',
      phone: '+33698765432',
      marketingConsent: true,
      serviceSmsOptOut: false,
      notes: 'Allergique au latex.',
      addressLine1: '3 rue Lepic',
    });
  });

  it('keeps the survivor value when the chosen merged value is blank', () => {
    expect(mergedValues(survivor, merged, ['ADDRESS']).city).toBe('Paris');
    expect(
      mergedValues({ ...survivor, email: null }, { ...merged, email: null }, ['EMAIL']).email,
    ).toBeNull();
  });
});
