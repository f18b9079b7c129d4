import {
  EMPTY_STATE,
  MAX_SERVICES,
  parseBookingState,
  reachableStep,
  serializeBookingState,
  toggleService,
  type BookingState,
} from './booking-url';

const parse = (query: string) => parseBookingState(new URLSearchParams(query));

const full: BookingState = {
  step: 'coordonnees',
  serviceIds: ['s2', 's1'],
  practitionerId: null,
  month: '2026-12',
  day: '2026-12-01',
  slot: { start: '2026-12-01T10:45:00.000Z', practitionerId: 'p1' },
  categoryId: null,
};

describe('booking state in the address', () => {
  it('round-trips every choice, keeping the order of the services', () => {
    const query = serializeBookingState(full);
    expect(query).toBe(
      'etape=coordonnees&prestations=s2,s1&praticien=sans-preference&mois=2026-12&jour=2026-12-01' +
        '&heure=2026-12-01T10:45:00.000Z&avec=p1',
    );
    expect(parse(query)).toEqual(full);
  });

  it('writes nothing for the first step with nothing chosen', () => {
    expect(serializeBookingState(EMPTY_STATE)).toBe('');
    expect(parse('')).toEqual(EMPTY_STATE);
  });

  it('tells "Sans préférence" (null) from "not chosen yet" (undefined)', () => {
    expect(parse('praticien=sans-preference').practitionerId).toBeNull();
    expect(parse('praticien=p7').practitionerId).toBe('p7');
    expect(parse('').practitionerId).toBeUndefined();
  });

  it('drops what is malformed instead of failing', () => {
    const state = parse(
      'etape=paiement&prestations=a,,a,b<script>,c&praticien=%20&mois=2026-13&jour=2026-02-31x&heure=demain&avec=p1&categorie=c1',
    );
    expect(state).toEqual({ ...EMPTY_STATE, serviceIds: ['a', 'c'], categoryId: 'c1' });
  });

  it('keeps at most five services', () => {
    expect(parse('prestations=a,b,c,d,e,f,g').serviceIds).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('needs both the start and its practitioner for a chosen slot', () => {
    expect(parse('heure=2026-12-01T10:45:00.000Z').slot).toBeNull();
  });
});

describe('reachableStep', () => {
  it('shows the step asked for when every earlier choice is there', () => {
    expect(reachableStep(full)).toBe('coordonnees');
    expect(reachableStep({ ...full, step: 'date', slot: null })).toBe('date');
  });

  it('falls back to the first step whose choice is missing (a reload after editing the address)', () => {
    expect(reachableStep({ ...full, slot: null })).toBe('date');
    expect(reachableStep({ ...full, practitionerId: undefined })).toBe('praticien');
    expect(reachableStep({ ...full, serviceIds: [] })).toBe('prestations');
  });
});

describe('toggleService', () => {
  it('adds at the end and removes in place; the chosen time no longer holds', () => {
    const added = toggleService(full, 's3');
    expect(added.serviceIds).toEqual(['s2', 's1', 's3']);
    expect(added.slot).toBeNull();
    expect(toggleService(full, 's2').serviceIds).toEqual(['s1']);
  });

  it('refuses a sixth service', () => {
    const five = { ...EMPTY_STATE, serviceIds: ['a', 'b', 'c', 'd', 'e'] };
    expect(five.serviceIds).toHaveLength(MAX_SERVICES);
    expect(toggleService(five, 'f')).toBe(five);
  });
});
