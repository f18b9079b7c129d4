import { policyChanges, policyForm, validatePolicy } from './policy-form';

const SETTINGS = {
  __typename: 'BookingSettings' as const,
  slotGranularityMinutes: 15,
  minLeadTimeMinutes: 120,
  bookingHorizonDays: 90,
  pendingHoldMinutes: 15,
  cancellationDeadlineHours: 24,
  closedOnPublicHolidays: true,
};

describe('booking policy form', () => {
  it('shows the lead time in hours and sends only what changed, in the API’s units', () => {
    const form = policyForm(SETTINGS);
    expect(form.minLeadTimeHours).toBe('2');
    expect(policyChanges(SETTINGS, form)).toEqual({});
    expect(
      policyChanges(SETTINGS, {
        ...form,
        minLeadTimeHours: '1,5',
        slotGranularityMinutes: 30,
        closedOnPublicHolidays: false,
      }),
    ).toEqual({ minLeadTimeMinutes: 90, slotGranularityMinutes: 30, closedOnPublicHolidays: false });
  });

  it('refuses what the server refuses, with its French messages, by field', () => {
    const form = policyForm(SETTINGS);
    expect(
      validatePolicy({
        ...form,
        minLeadTimeHours: '337',
        bookingHorizonDays: '0',
        pendingHoldMinutes: '2,5',
        cancellationDeadlineHours: '-1',
      }),
    ).toEqual({
      minLeadTimeHours: 'Le délai minimum ne peut pas dépasser 14 jours.',
      bookingHorizonDays: 'L’horizon de réservation doit être d’au moins 1 jour.',
      pendingHoldMinutes: 'Saisissez un nombre entier de minutes.',
      cancellationDeadlineHours: 'Le délai d’annulation ne peut pas être négatif.',
    });
    expect(validatePolicy({ ...form, bookingHorizonDays: '731', minLeadTimeHours: '' })).toEqual({
      bookingHorizonDays: 'L’horizon de réservation ne peut pas dépasser 2 ans.',
      minLeadTimeHours: 'Saisissez un nombre d’heures (par exemple 2 ou 1,5).',
    });
    expect(validatePolicy({ ...form, minLeadTimeHours: '0,01' }).minLeadTimeHours).toMatch(
      /minutes entières/,
    );
    expect(validatePolicy({ ...form, minLeadTimeHours: '0', bookingHorizonDays: '730' })).toEqual({});
  });
});
