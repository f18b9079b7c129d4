import type { AgendaBlock, AgendaBooking, AgendaDayData } from '../data/agenda-state';

export const CAMILLE = { id: 'p-camille', displayName: 'Camille Roux', color: '#b07b8c', position: 0 };
export const LEA = { id: 'p-lea', displayName: 'Léa Fontaine', color: '#7a9e87', position: 1 };

/** A confirmed one-item booking (UTC instants). */
export function booking(
  overrides: Partial<AgendaBooking> & { id: string },
  practitionerId = CAMILLE.id,
): AgendaBooking {
  const start = overrides.start ?? '2026-11-26T09:00:00.000Z';
  const end = overrides.end ?? '2026-11-26T09:30:00.000Z';
  return {
    reference: `REF${overrides.id.toUpperCase()}`,
    status: 'CONFIRMED',
    source: 'STAFF',
    totalCents: 4500,
    depositCents: 0,
    clientNote: null,
    holdExpiresAt: null,
    cancelReason: null,
    cancelledBy: null,
    cancelledAt: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    client: {
      id: 'c1',
      firstName: 'Julie',
      lastName: 'Martin',
      phone: '+33612345678',
      email: 'julie.martin@exemple.fr',
    },
    contactEmail: null,
    possibleDuplicate: false,
    items: [
      {
        id: `${overrides.id}-i1`,
        serviceId: 's-eclat',
        serviceName: 'Soin éclat express',
        color: '#b07b8c',
        practitionerId,
        practitionerName: practitionerId === LEA.id ? LEA.displayName : CAMILLE.displayName,
        cabinId: null,
        cabinName: null,
        start,
        end,
        durationMinutes: 30,
        priceCents: 4500,
      },
    ],
    ...overrides,
    start,
    end,
  };
}

export function block(overrides: Partial<AgendaBlock> & { id: string }): AgendaBlock {
  return {
    practitionerId: CAMILLE.id,
    cabinId: null,
    start: '2026-11-26T12:00:00.000Z',
    end: '2026-11-26T13:00:00.000Z',
    reason: 'Formation',
    ...overrides,
  };
}

export function dayData(overrides: Partial<AgendaDayData> = {}): AgendaDayData {
  return {
    day: '2026-11-26',
    practitioners: [
      { ...CAMILLE, serviceIds: ['s-eclat', 's-massage'] },
      { ...LEA, serviceIds: ['s-eclat'] },
    ],
    workingTime: [
      { practitionerId: CAMILLE.id, start: '2026-11-26T08:30:00.000Z', end: '2026-11-26T12:00:00.000Z' },
      { practitionerId: CAMILLE.id, start: '2026-11-26T13:00:00.000Z', end: '2026-11-26T18:00:00.000Z' },
      { practitionerId: LEA.id, start: '2026-11-26T09:00:00.000Z', end: '2026-11-26T17:00:00.000Z' },
    ],
    bookings: [],
    blocks: [],
    ...overrides,
  };
}
