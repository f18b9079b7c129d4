import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { Route, Routes } from 'react-router-dom';
import type { ManagedBookingFragment } from '../../gql/graphql';
import { MANAGE_PATH } from '../../shared/site';
import { settingsResult, slot } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { ManageBookingPage } from './ManageBookingPage';

const TOKEN = '3bq9N_dlYcka_KieoNtYjleHkRlNmNiMcKWYsTvtnP0';

const booking: ManagedBookingFragment & { __typename: 'PublicBooking' } = {
  __typename: 'PublicBooking',
  reference: 'Q8BF5D',
  status: 'CONFIRMED',
  start: '2027-01-12T10:45:00.000Z',
  end: '2027-01-12T11:45:00.000Z',
  canChange: true,
  changeDeadline: '2027-01-11T10:45:00.000Z',
  changeRefusal: null,
  clientFirstName: 'Marie',
  depositCents: 0,
  depositPaidCents: 0,
  holdExpiresAt: null,
  practitionerId: 'pr-camille',
  serviceIds: ['svc-hydra'],
  totalCents: 7500,
  items: [
    {
      serviceName: 'Soin hydratant profond',
      practitionerName: 'Camille Roux',
      start: '2027-01-12T10:45:00.000Z',
      end: '2027-01-12T11:45:00.000Z',
      priceCents: 7500,
    },
  ],
};

const found = (changes: Partial<ManagedBookingFragment> = {}): ExecutionResult => ({
  data: { bookingByToken: { ...booking, ...changes } },
});

function renderPage(handlers: Record<string, (operation: Operation) => ExecutionResult>) {
  const fake = fakeClient(byOperation({ SiteSettings: () => settingsResult(), ...handlers }));
  renderWithProviders(
    <Routes>
      <Route path={MANAGE_PATH} element={<ManageBookingPage />} />
    </Routes>,
    { client: fake.client, route: `/rendez-vous/${TOKEN}` },
  );
  return fake;
}

const inputOf = (operation: Operation | undefined) => (operation?.variables as { input: unknown }).input;

describe('ManageBookingPage', () => {
  it('shows the booking with its deadline, and cancels it after confirmation with an optional reason', async () => {
    const fake = renderPage({
      BookingByToken: () => found(),
      CancelBookingByToken: () => ({
        data: {
          cancelBookingByToken: {
            ...booking,
            status: 'CANCELLED',
            canChange: false,
            changeRefusal: 'Ce rendez-vous est déjà annulé.',
          },
        },
      }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre rendez-vous' })).toBeInTheDocument();
    expect(screen.getByText('Bonjour Marie, voici le détail de votre rendez-vous.')).toBeInTheDocument();
    expect(screen.getByText('Confirmé')).toBeInTheDocument();
    expect(screen.getByText('Mardi 12 janvier 2027 à 11:45')).toBeInTheDocument();
    expect(screen.getByText('11:45 – 12:45')).toBeInTheDocument();
    expect(
      screen.getByText('Modifiable en ligne jusqu’au lundi 11 janvier 2027 à 11:45.'),
    ).toBeInTheDocument();
    expect(fake.operations.find((o) => operationName(o) === 'BookingByToken')?.variables).toEqual({
      token: TOKEN,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Annuler le rendez-vous' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler ce rendez-vous ?' });
    expect(dialog).toHaveTextContent('Votre rendez-vous du mardi 12 janvier 2027 à 11:45 sera annulé');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Motif (facultatif)' }), {
      target: { value: '  Empêchement  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer l’annulation' }));

    expect(await screen.findByText('Votre rendez-vous est annulé.')).toBeInTheDocument();
    expect(inputOf(fake.operations.find((o) => operationName(o) === 'CancelBookingByToken'))).toEqual({
      token: TOKEN,
      reason: 'Empêchement',
    });
    expect(screen.getByText('Annulé')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reprendre rendez-vous' })).toHaveAttribute(
      'href',
      '/reserver?prestations=svc-hydra',
    );
    expect(screen.queryByRole('button', { name: 'Déplacer' })).not.toBeInTheDocument();
  });

  it('keeps the booking when the client changes their mind', async () => {
    const fake = renderPage({ BookingByToken: () => found() });
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler le rendez-vous' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Garder mon rendez-vous' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.operations.map(operationName)).not.toContain('CancelBookingByToken');
  });

  it('refuses changes past the deadline with the server’s reason and the institute’s phone', async () => {
    const refusal =
      'Les modifications en ligne sont possibles jusqu’à 24 h avant le rendez-vous (au plus tard le lundi 11 janvier à 11:45). Appelez l’institut.';
    renderPage({ BookingByToken: () => found({ canChange: false, changeRefusal: refusal }) });
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /01 42 80 12 34/ })).toHaveAttribute('href', 'tel:+33142801234');
    expect(screen.queryByRole('button', { name: 'Annuler le rendez-vous' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Déplacer' })).not.toBeInTheDocument();
  });

  it('says clearly when the link is unknown or expired, with the institute’s phone', async () => {
    renderPage({
      BookingByToken: () =>
        graphqlError('Ce lien de gestion n’est plus valide. Contactez l’institut.', 'NOT_FOUND'),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lien de gestion introuvable' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ce lien de gestion n’est plus valide. Contactez l’institut.',
    );
    expect(await screen.findByRole('link', { name: /Appeler l’institut/ })).toHaveAttribute(
      'href',
      'tel:+33142801234',
    );
  });

  it('moves the booking to a time picked in the calendar, via the nearest alternative when that time was taken', async () => {
    const moved = '2027-01-14T14:00:00.000Z';
    const answers: ExecutionResult[] = [
      graphqlError(
        'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches.',
        'CONFLICT',
        {
          alternatives: [
            {
              start: moved,
              end: '2027-01-14T15:00:00.000Z',
              practitionerId: 'pr-camille',
              practitionerName: 'Camille Roux',
            },
          ],
        },
      ),
      {
        data: {
          rescheduleBookingByToken: { ...booking, start: moved, changeDeadline: '2027-01-13T14:00:00.000Z' },
        },
      },
    ];
    const fake = renderPage({
      BookingByToken: () => found(),
      AvailableSlots: () => ({ data: { availableSlots: [slot('2027-01-14T13:00:00.000Z', undefined, 60)] } }),
      RescheduleBookingByToken: () =>
        answers.shift() ?? graphqlError('plus de réponse', 'INTERNAL_SERVER_ERROR'),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Déplacer' }));
    expect(await screen.findByRole('heading', { name: 'Choisissez un nouveau créneau' })).toHaveFocus();
    // Same services, same practitioner; the calendar opens on the booking's month.
    await screen.findByRole('grid', { name: 'Janvier 2027' });
    expect(inputOf(fake.operations.find((o) => operationName(o) === 'AvailableSlots'))).toMatchObject({
      serviceIds: ['svc-hydra'],
      practitionerId: 'pr-camille',
      from: '2026-12-31T23:00:00.000Z',
    });
    fireEvent.click(
      await screen.findByRole('button', { name: /jeudi 14 janvier 2027, créneaux disponibles/ }),
    );
    fireEvent.click(await screen.findByRole('button', { name: '14:00' }));
    const dialog = await screen.findByRole('dialog', { name: 'Déplacer ce rendez-vous ?' });
    expect(dialog).toHaveTextContent('jeudi 14 janvier 2027 à 14:00');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer le déplacement' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce créneau vient d’être réservé.');
    fireEvent.click(screen.getByRole('button', { name: 'Jeudi 14 janvier 15:00 avec Camille Roux' }));

    expect(
      await screen.findByText('Votre rendez-vous est déplacé au jeudi 14 janvier 2027 à 15:00.'),
    ).toBeInTheDocument();
    const moves = fake.operations.filter((o) => operationName(o) === 'RescheduleBookingByToken').map(inputOf);
    expect(moves).toEqual([
      { token: TOKEN, start: '2027-01-14T13:00:00.000Z' },
      { token: TOKEN, start: moved },
    ]);
    expect(screen.getByText('Jeudi 14 janvier 2027 à 15:00')).toBeInTheDocument();
  });

  describe('with a deposit due', () => {
    // A hold running a quarter of an hour from now (the countdown reads the real clock).
    const pending = () =>
      found({
        status: 'PENDING',
        depositCents: 2250,
        holdExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      });

    it('offers to pay the deposit before the hold ends, and shows the booking confirmed once paid', async () => {
      let paid = false;
      const fake = renderPage({
        BookingByToken: () =>
          paid ? found({ status: 'CONFIRMED', depositCents: 2250, depositPaidCents: 2250 }) : pending(),
        CreateDepositPayment: () => ({
          data: {
            createDepositPayment: {
              __typename: 'DepositCheckout',
              paymentId: 'pay-7',
              provider: 'SIMULATED',
              amountCents: 2250,
              availableMethods: ['CARD_ONLINE'],
              stripeClientSecret: null,
              stripePublishableKey: null,
              paypalOrderId: null,
              paypalClientId: null,
              holdExpiresAt: null,
            },
          },
        }),
        CompleteSimulatedPayment: () => {
          paid = true;
          return {
            data: {
              completeSimulatedPayment: {
                __typename: 'Payment',
                id: 'pay-7',
                status: 'SUCCEEDED',
                failureReason: null,
              },
            },
          };
        },
        DepositStatus: () => ({
          data: {
            bookingByToken: {
              __typename: 'PublicBooking',
              reference: 'Q8BF5D',
              status: paid ? 'CONFIRMED' : 'PENDING',
              holdExpiresAt: null,
              depositPaidCents: paid ? 2250 : 0,
            },
          },
        }),
      });

      const section = await screen.findByRole('region', { name: 'Acompte à régler' });
      expect(screen.getByText('En attente d’acompte')).toBeInTheDocument();
      expect(within(section).getByRole('timer')).toHaveTextContent(/^Créneau réservé pendant 1[45]:\d\d$/);
      expect(within(section).getByText('Reste à régler à l’institut').nextElementSibling).toHaveTextContent(
        '52,50 €',
      );
      // Nothing is opened until the client asks.
      expect(fake.operations.map(operationName)).not.toContain('CreateDepositPayment');
      fireEvent.click(within(section).getByRole('button', { name: /^Régler l’acompte de 22,50\s€$/ }));
      fireEvent.click(await screen.findByRole('button', { name: /^Payer 22,50\s€$/ }));

      expect(
        await screen.findByText('Acompte réglé : 22,50 €. Votre rendez-vous est confirmé.'),
      ).toBeInTheDocument();
      expect(screen.getByText('Acompte réglé', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
        '22,50 €',
      );
      expect(screen.queryByRole('region', { name: 'Acompte à régler' })).not.toBeInTheDocument();
      await waitFor(() =>
        expect(fake.operations.filter((o) => operationName(o) === 'BookingByToken')).toHaveLength(2),
      );
      expect(screen.getByText('Confirmé')).toBeInTheDocument();
    });

    it('shows the deposit the server counts as paid on a fresh load of the page (a reload, the e-mail link)', async () => {
      renderPage({
        BookingByToken: () => found({ status: 'CONFIRMED', depositCents: 2250, depositPaidCents: 2250 }),
      });
      const paid = await screen.findByText('Acompte réglé', { selector: 'dt' });
      expect(paid.nextElementSibling).toHaveTextContent('22,50 €');
      expect(screen.queryByRole('region', { name: 'Acompte à régler' })).not.toBeInTheDocument();
    });

    it('says nothing about a deposit the server does not count as paid', async () => {
      renderPage({
        BookingByToken: () => found({ status: 'CONFIRMED', depositCents: 2250, depositPaidCents: 0 }),
      });
      await screen.findByRole('heading', { level: 1, name: 'Votre rendez-vous' });
      expect(screen.getByText('Confirmé')).toBeInTheDocument();
      expect(screen.queryByText('Acompte réglé', { selector: 'dt' })).not.toBeInTheDocument();
    });
  });
});
