import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { settingsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { readConfirmation, saveConfirmation } from './confirmation-store';
import { ConfirmationPage } from './ConfirmationPage';
import type { CreatedBooking } from './types';

const TOKEN = 'MBe00ldnyTjcemt8qA_P0D6KkqOWwBPoGc_JOLPThPg';

const created: CreatedBooking = {
  manageToken: TOKEN,
  booking: {
    reference: 'Q8BF5D',
    status: 'PENDING',
    start: '2026-11-28T09:30:00.000Z',
    end: '2026-11-28T10:45:00.000Z',
    totalCents: 9500,
    depositCents: 2850,
    holdExpiresAt: '2026-11-25T18:14:09.214Z',
    items: [
      {
        serviceId: 'svc-lift',
        serviceName: 'Soin anti-âge lift',
        practitionerName: 'Léa Fontaine',
        durationMinutes: 75,
        priceCents: 9500,
        start: '2026-11-28T09:30:00.000Z',
        end: '2026-11-28T10:45:00.000Z',
      },
    ],
  },
};

/** Ten minutes before the hold of `created` ends. */
const NOW = Date.parse('2026-11-25T18:04:09.214Z');

const checkout = (): ExecutionResult => ({
  data: {
    createDepositPayment: {
      __typename: 'DepositCheckout',
      paymentId: 'pay-1',
      provider: 'SIMULATED',
      amountCents: 2850,
      availableMethods: ['CARD_ONLINE'],
      stripeClientSecret: null,
      stripePublishableKey: null,
      paypalOrderId: null,
      paypalClientId: null,
      holdExpiresAt: created.booking.holdExpiresAt,
    },
  },
});

/** Renders the page and waits for the institute's details (the legal footer shows them). */
async function renderPage(handlers: Record<string, (operation: Operation) => ExecutionResult> = {}) {
  const fake = fakeClient(
    byOperation({
      SiteSettings: () => settingsResult(),
      CreateDepositPayment: checkout,
      ...handlers,
    }),
  );
  renderWithProviders(<ConfirmationPage />, { client: fake.client, route: '/reserver/confirmation' });
  await screen.findByRole('contentinfo');
  return fake;
}

describe('ConfirmationPage', () => {
  // Only the clock is fake (the deposit's hold is compared with it); timers and promises run for real.
  beforeEach(() => {
    jest.useFakeTimers({
      now: NOW,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
  });

  afterEach(() => {
    jest.useRealTimers();
    sessionStorage.clear();
  });

  it('shows the booking, the held slot and the deposit to pay now, and forgets the stored token once shown', async () => {
    saveConfirmation(created);
    await renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Votre créneau est réservé' })).toBeInTheDocument();
    expect(screen.getByText('Q8BF5D')).toBeInTheDocument();
    expect(screen.getByText('Samedi 28 novembre 2026 à 10:30')).toBeInTheDocument();
    expect(screen.getByText('Léa Fontaine')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Votre créneau est gardé jusqu’au mercredi 25 novembre 2026 à 19:14\. Il sera confirmé par le versement d’un acompte de 28,50/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gérer mon rendez-vous' })).toHaveAttribute(
      'href',
      `/rendez-vous/${TOKEN}`,
    );
    // The payment step comes first: amounts, the hold's countdown, the demo checkout.
    expect(
      screen.getByText('Dernière étape : réglez l’acompte pour confirmer votre rendez-vous.'),
    ).toBeInTheDocument();
    const payment = screen.getByRole('region', { name: 'Acompte à régler' });
    expect(within(payment).getByRole('timer')).toHaveTextContent('Créneau réservé pendant 10:00');
    expect(within(payment).getByText('Reste à régler à l’institut').nextElementSibling).toHaveTextContent(
      '66,50 €',
    );
    expect(
      await within(payment).findByRole('form', { name: 'Mode démonstration — aucun paiement réel' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(readConfirmation()).toBeNull());
  });

  it('turns into the confirmed booking once the deposit is paid and the booking confirmed', async () => {
    saveConfirmation(created);
    const fake = await renderPage({
      CompleteSimulatedPayment: () => ({
        data: {
          completeSimulatedPayment: {
            __typename: 'Payment',
            id: 'pay-1',
            status: 'SUCCEEDED',
            failureReason: null,
          },
        },
      }),
      DepositStatus: () => ({
        data: {
          bookingByToken: {
            __typename: 'PublicBooking',
            reference: 'Q8BF5D',
            status: 'CONFIRMED',
            holdExpiresAt: null,
            depositPaidCents: 2850,
          },
        },
      }),
    });

    fireEvent.click(await screen.findByRole('button', { name: /^Payer 28,50\s€$/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre rendez-vous est confirmé' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Acompte réglé : 28,50 €Reste à régler à l’institut le jour du rendez-vous : 66,50 €.',
    );
    expect(screen.getByText('Acompte réglé', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '28,50 €',
    );
    expect(screen.queryByRole('region', { name: 'Acompte à régler' })).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gérer mon rendez-vous' })).toHaveAttribute(
      'href',
      `/rendez-vous/${TOKEN}`,
    );
    expect(
      fake.operations.filter((o) => operationName(o) === 'CompleteSimulatedPayment').map((o) => o.variables),
    ).toEqual([{ input: { paymentId: 'pay-1', approve: true } }]);
  });

  it('sends a client whose hold is over back to choosing a time for the same services', async () => {
    jest.setSystemTime(Date.parse(created.booking.holdExpiresAt!) + 1_000);
    saveConfirmation(created);
    await renderPage({
      CreateDepositPayment: () =>
        graphqlError(
          'Le délai pour régler l’acompte est dépassé : le créneau a été libéré. Choisissez un nouveau créneau.',
          'CONFLICT',
        ),
      DepositStatus: () => ({
        data: {
          bookingByToken: {
            __typename: 'PublicBooking',
            reference: 'Q8BF5D',
            status: 'CANCELLED',
            holdExpiresAt: null,
            depositPaidCents: 0,
          },
        },
      }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le délai de paiement est dépassé');
    expect(within(alert).getByRole('link', { name: 'Choisir un nouveau créneau' })).toHaveAttribute(
      'href',
      '/reserver?etape=date&prestations=svc-lift&praticien=sans-preference',
    );
  });

  it('offers the appointment as an .ics file built in the browser', async () => {
    saveConfirmation(created);
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:ics';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderPage();

    const button = screen.getByRole('button', { name: 'Ajouter à mon agenda' });
    await waitFor(() => expect(button).toBeEnabled()); // once the institute's address is known
    fireEvent.click(button);

    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('rendez-vous-Q8BF5D.ics');
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    const ics = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(ics).toContain('UID:Q8BF5D@serenaia\r\n');
    expect(ics).toContain('DTSTART:20261128T093000Z\r\nDTEND:20261128T104500Z\r\n');
    expect(ics).toContain('LOCATION:Sérénaia Beauté\\, 18 rue des Martyrs\\, 75009 Paris\r\n');
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics).not.toContain(TOKEN);
    click.mockRestore();
  });

  it('explains what to do when there is nothing to show (a reload, another tab)', async () => {
    await renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Aucune réservation à afficher' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Prendre un rendez-vous' })).toHaveAttribute('href', '/reserver');
  });
});
