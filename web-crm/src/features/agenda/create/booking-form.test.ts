import {
  isPhoneNumber,
  serverFieldErrors,
  toBlockSlotInput,
  toCreateBookingInput,
  validateBlockForm,
  validateBookingForm,
  type BookingFormValues,
} from './booking-form';

const messages = {
  practitioner: 'praticien',
  date: 'date',
  time: 'heure',
  services: 'prestations',
  tooManyServices: 'trop',
  notPerformed: (names: string[]) => `ne fait pas ${names.join(', ')}`,
  client: 'client',
  firstName: 'prénom',
  lastName: 'nom',
  phone: 'téléphone',
  email: 'e-mail',
};

function values(overrides: Partial<BookingFormValues> = {}): BookingFormValues {
  return {
    practitionerId: 'p1',
    date: '2026-11-26',
    time: '10:30',
    serviceIds: ['s1'],
    clientMode: 'existing',
    clientId: 'c1',
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    note: '',
    ...overrides,
  };
}

const context = {
  performs: new Set(['s1', 's2']),
  serviceName: (id: string) => (id === 's3' ? 'Manucure' : id),
};

describe('validateBookingForm', () => {
  it('accepts a complete booking for an existing client', () => {
    expect(validateBookingForm(values(), context, messages)).toEqual({});
  });

  it('asks for services, a client, a valid time', () => {
    expect(
      validateBookingForm(values({ serviceIds: [], clientId: null, time: '25:00' }), context, messages),
    ).toEqual({
      serviceIds: 'prestations',
      clientId: 'client',
      time: 'heure',
    });
  });

  it('refuses services the practitioner does not perform, and more than five', () => {
    expect(validateBookingForm(values({ serviceIds: ['s1', 's3'] }), context, messages).serviceIds).toBe(
      'ne fait pas Manucure',
    );
    expect(
      validateBookingForm(values({ serviceIds: ['s1', 's1', 's1', 's1', 's1', 's1'] }), context, messages)
        .serviceIds,
    ).toBe('trop');
  });

  it('checks a new client’s names, phone and e-mail', () => {
    const errors = validateBookingForm(
      values({
        clientMode: 'new',
        clientId: null,
        firstName: ' ',
        lastName: 'Martin',
        phone: '12 34',
        email: 'julie@',
      }),
      context,
      messages,
    );
    expect(errors).toEqual({ firstName: 'prénom', phone: 'téléphone', email: 'e-mail' });
  });

  it.each([
    ['06 12 34 56 78', true],
    ['06.12.34.56.78', true],
    ['+33 6 12 34 56 78', true],
    ['0044 20 7946 0958', true],
    ['6 12 34 56 78', false],
    ['00 00', false],
  ])('phone %s → %s', (phone, valid) => {
    expect(isPhoneNumber(phone)).toBe(valid);
  });
});

describe('toCreateBookingInput', () => {
  it('reads the date and time in Paris and sends UTC, with the existing client', () => {
    expect(toCreateBookingInput(values())).toEqual({
      practitionerId: 'p1',
      serviceIds: ['s1'],
      start: '2026-11-26T09:30:00.000Z',
      clientId: 'c1',
    });
  });

  it('uses summer time after the spring change, and sends a new client’s contact and the note', () => {
    expect(
      toCreateBookingInput(
        values({
          date: '2026-03-29',
          time: '10:00',
          clientMode: 'new',
          firstName: ' Julie ',
          lastName: 'Martin',
          phone: '06 12 34 56 78',
          email: 'julie@exemple.fr',
          note: ' Allergie au latex ',
        }),
      ),
    ).toEqual({
      practitionerId: 'p1',
      serviceIds: ['s1'],
      start: '2026-03-29T08:00:00.000Z',
      note: 'Allergie au latex',
      client: { firstName: 'Julie', lastName: 'Martin', phone: '06 12 34 56 78', email: 'julie@exemple.fr' },
    });
  });

  it('maps the server’s field errors onto the form', () => {
    expect(serverFieldErrors({ 'client.phone': 'Numéro invalide', start: 'Trop tôt', other: 'x' })).toEqual({
      phone: 'Numéro invalide',
      time: 'Trop tôt',
    });
  });
});

describe('block form', () => {
  const blockMessages = {
    practitioner: 'praticien',
    date: 'date',
    time: 'heure',
    endAfterStart: 'fin après début',
  };

  it('needs the end after the start', () => {
    const form = {
      practitionerId: 'p1',
      cabinId: '',
      date: '2026-11-26',
      start: '12:00',
      end: '12:00',
      reason: '',
    };
    expect(validateBlockForm(form, blockMessages)).toEqual({ end: 'fin après début' });
    expect(validateBlockForm({ ...form, end: '13:00' }, blockMessages)).toEqual({});
  });

  it('sends Paris times as UTC instants, the cabin and the reason when given', () => {
    expect(
      toBlockSlotInput({
        practitionerId: 'p1',
        cabinId: 'cab',
        date: '2026-07-15',
        start: '12:00',
        end: '13:30',
        reason: ' Formation ',
      }),
    ).toEqual({
      practitionerId: 'p1',
      cabinId: 'cab',
      start: '2026-07-15T10:00:00.000Z',
      end: '2026-07-15T11:30:00.000Z',
      reason: 'Formation',
    });
  });
});
