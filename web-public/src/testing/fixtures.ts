/** Data as the Sérénaia API returns it, for component tests (typenames included, as urql sees them). */
import type { ExecutionResult } from '@urql/core';
import type { SiteInstitute } from '../shared/site';

export const INSTITUTE: SiteInstitute & { __typename: 'Institute' } = {
  __typename: 'Institute',
  name: 'Sérénaia Beauté',
  legalName: 'Sérénaia Beauté SARL',
  addressLine1: '18 rue des Martyrs',
  addressLine2: null,
  postalCode: '75009',
  city: 'Paris',
  phone: '01 42 80 12 34',
  email: 'bonjour@serenaia.test',
  siret: '91234567500017',
  vatNumber: 'FR65912345675',
};

export const BOOKING_SETTINGS = {
  __typename: 'BookingSettings',
  bookingHorizonDays: 90,
  cancellationDeadlineHours: 24,
  pendingHoldMinutes: 20,
};

export function settingsResult(overrides: Partial<SiteInstitute> = {}): ExecutionResult {
  return {
    data: {
      settings: {
        __typename: 'Settings',
        institute: { ...INSTITUTE, ...overrides },
        booking: BOOKING_SETTINGS,
      },
    },
  };
}

const service = (
  id: string,
  name: string,
  durationMinutes: number,
  priceCents: number,
  depositCents = 0,
) => ({
  __typename: 'Service',
  id,
  name,
  description: `${name} : description.`,
  durationMinutes,
  priceCents,
  depositCents,
});

export const CATEGORIES = [
  {
    __typename: 'ServiceCategory',
    id: 'cat-face',
    name: 'Soins du visage',
    description: 'Des soins sur mesure pour chaque type de peau.',
    color: '#b07b8c',
    services: [
      service('svc-eclat', 'Soin éclat express', 30, 4500),
      service('svc-hydra', 'Soin hydratant profond', 60, 7500, 2250),
      service('svc-lift', 'Soin anti-âge lift', 75, 9500, 2850),
      service('svc-men', 'Soin du visage homme', 45, 5800),
    ],
  },
  {
    __typename: 'ServiceCategory',
    id: 'cat-wax',
    name: 'Épilations',
    description: 'Cire tiède ou chaude, au choix.',
    color: '#c9a27e',
    services: [
      service('svc-brows', 'Épilation sourcils', 15, 1400),
      service('svc-lip', 'Épilation lèvre supérieure', 10, 900),
      service('svc-legs', 'Épilation jambes complètes', 40, 3600),
    ],
  },
];

export function catalogResult(): ExecutionResult {
  return { data: { serviceCategories: CATEGORIES } };
}

export const PRACTITIONERS = [
  {
    __typename: 'Practitioner',
    id: 'pr-camille',
    displayName: 'Camille Roux',
    color: '#b07b8c',
    bio: 'Esthéticienne depuis douze ans, Camille aime les soins du visage sur mesure.',
    photoUrl: 'https://photos.exemple.fr/camille.jpg',
  },
  {
    __typename: 'Practitioner',
    id: 'pr-ines',
    displayName: 'Inès Moreau',
    color: '#d48a8a',
    bio: null,
    photoUrl: null,
  },
];

export function practitionersResult(): ExecutionResult {
  return { data: { practitioners: PRACTITIONERS } };
}

/** An `AvailableSlot` starting at `start` (UTC ISO). */
export function slot(
  start: string,
  practitioner: { id: string; displayName: string } = PRACTITIONERS[0],
  minutes = 30,
) {
  return {
    __typename: 'AvailableSlot',
    start,
    end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    practitionerId: practitioner.id,
    practitionerName: practitioner.displayName,
  };
}
