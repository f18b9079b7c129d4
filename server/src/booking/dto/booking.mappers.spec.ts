import { asSeenByOnlineBooker, depositTaken, netPaidCents } from './booking.mappers.js';
import type { BookingType } from './booking.types.js';

const pay = (kind: string, status: string, amountCents: number, refundedCents = 0) => ({
  kind,
  status,
  amountCents,
  refundedCents,
});

describe('netPaidCents', () => {
  it('counts money taken and kept, net of refunds, and nothing pending or failed', () => {
    const payments = [
      pay('DEPOSIT', 'SUCCEEDED', 2000),
      pay('DEPOSIT', 'FAILED', 2000),
      pay('DEPOSIT', 'PENDING', 2000),
      pay('BALANCE', 'PARTIALLY_REFUNDED', 5000, 1500),
      pay('DEPOSIT', 'REFUNDED', 1000, 1000),
    ];
    expect(netPaidCents(payments)).toBe(2000 + 3500);
    expect(netPaidCents(payments, 'DEPOSIT')).toBe(2000);
    expect(netPaidCents(payments, 'BALANCE')).toBe(3500);
    expect(netPaidCents([])).toBe(0);
  });
});

describe('depositTaken', () => {
  it('is true once a deposit succeeded, even partly refunded, and false for anything else', () => {
    expect(depositTaken([pay('DEPOSIT', 'SUCCEEDED', 2000)])).toBe(true);
    expect(depositTaken([pay('DEPOSIT', 'PARTIALLY_REFUNDED', 2000, 500)])).toBe(true);
    expect(depositTaken([pay('DEPOSIT', 'REFUNDED', 2000, 2000)])).toBe(false);
    expect(depositTaken([pay('DEPOSIT', 'PENDING', 2000), pay('DEPOSIT', 'FAILED', 2000)])).toBe(false);
    expect(depositTaken([pay('BALANCE', 'SUCCEEDED', 2000)])).toBe(false);
  });
});

describe('asSeenByOnlineBooker', () => {
  const onFile = {
    id: 'c1',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille@exemple.fr',
    phone: '+33611111111',
    notes: 'Allergique au latex',
    marketingConsent: true,
    serviceEmailOptOut: true,
    serviceSmsOptOut: true,
  };
  const booking = {
    id: 'b1',
    reference: 'ABC234',
    client: onFile,
    clientMatch: 'PHONE_AND_NAME',
    possibleDuplicate: true,
    contactEmail: 'autre@exemple.fr',
  } as unknown as BookingType;

  it('shows what was typed (normalised), nothing the record holds, and hides how the client was found', () => {
    const seen = asSeenByOnlineBooker(booking, {
      firstName: '  jean-pierre ',
      lastName: 'de la fontaine',
      email: ' Autre@Exemple.FR ',
      phone: '06 22 22 22 22',
    });
    expect(seen.client).toEqual({
      id: 'c1',
      firstName: 'Jean-Pierre',
      lastName: 'De la Fontaine',
      email: 'autre@exemple.fr',
      phone: '+33622222222',
      notes: null,
      marketingConsent: false,
      serviceEmailOptOut: false,
      serviceSmsOptOut: false,
    });
    expect(seen.clientMatch).toBeNull();
    expect(seen.possibleDuplicate).toBeNull();
    // The rest of the booking is untouched, and so is the view it was made from.
    expect(seen.reference).toBe('ABC234');
    expect(seen.contactEmail).toBe('autre@exemple.fr');
    expect(booking.client).toBe(onFile);
    expect(booking.clientMatch).toBe('PHONE_AND_NAME');
  });
});
