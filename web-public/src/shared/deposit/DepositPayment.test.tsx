import { jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import type { PaymentMethod, PaymentProvider } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { DepositPayment, type DepositPaymentProps } from './DepositPayment';
import type { PayPalButtonsComponent, PayPalButtonsOptions } from '../checkout/paypal-sdk';

const TOKEN = 'MBe00ldnyTjcemt8qA_P0D6KkqOWwBPoGc_JOLPThPg';
const NOW = Date.parse('2026-11-25T18:00:00.000Z');
/** 14 min 32 s after NOW. */
const HOLD = '2026-11-25T18:14:32.000Z';
/**
 * An accessible name with an amount: Intl puts a no-break space before "€" (which one depends on the
 * ICU version), and names are compared as they are, without whitespace normalisation.
 */
const withAmount = (name: string) =>
  new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ €/g, '\\s€')}$`);
/** Polling waits a real second between checks: a ceiling, not a timing assertion. */
const POLL_WAIT = { timeout: 4_000 };

/** Only the clock is fake (the hold is compared with it); timers, promises and React run for real. */
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
  document.head.querySelectorAll('script').forEach((script) => script.remove());
  delete window.paypal;
});

const PAYPAL_CLIENT_ID = 'AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R';
const PAYPAL_ORDER = '5O190127TN364715T';

function checkout(
  paymentId: string,
  provider: PaymentProvider = 'SIMULATED',
  availableMethods: PaymentMethod[] = ['CARD_ONLINE'],
): ExecutionResult {
  const stripe = provider === 'STRIPE';
  const paypal = provider === 'PAYPAL';
  return {
    data: {
      createDepositPayment: {
        __typename: 'DepositCheckout',
        paymentId,
        provider,
        amountCents: 1950,
        giftCardCents: 0,
        availableMethods,
        stripeClientSecret: stripe ? 'pi_3Qx_secret_Lm0' : null,
        stripePublishableKey: stripe ? 'pk_test_51SerenaiaDemo' : null,
        paypalOrderId: paypal ? PAYPAL_ORDER : null,
        paypalClientId: paypal ? PAYPAL_CLIENT_ID : null,
        holdExpiresAt: HOLD,
      },
    },
  };
}

/** The method a `createDepositPayment` asked for, if any. */
const methodOf = (operation: Operation) =>
  (operation.variables as { input: { method?: PaymentMethod } }).input.method;

/**
 * A stand-in for PayPal's SDK, installed once our code has added PayPal's script: `Buttons` keeps
 * the callbacks our code gives it, so the test can play PayPal's part (the buyer approving,
 * cancelling, an error).
 */
function installFakePayPal() {
  const rendered: PayPalButtonsOptions[] = [];
  const closed: PayPalButtonsOptions[] = [];
  window.paypal = {
    Buttons: (options): PayPalButtonsComponent => ({
      isEligible: () => true,
      render: (container) => {
        rendered.push(options);
        const button = document.createElement('button');
        button.textContent = 'PayPal';
        container.append(button);
        return Promise.resolve();
      },
      close: () => {
        closed.push(options);
        return Promise.resolve();
      },
    }),
  };
  return { rendered, closed };
}

/** PayPal's script as our code requested it; `load` runs it (here: the fake already installed). */
async function payPalScript(): Promise<HTMLScriptElement> {
  let script: HTMLScriptElement | null = null;
  await waitFor(() => {
    script = document.head.querySelector<HTMLScriptElement>('script[src^="https://www.paypal.com/"]');
    expect(script).not.toBeNull();
  });
  return script!;
}

function payment(id: string, status: 'SUCCEEDED' | 'FAILED', failureReason: string | null = null) {
  return { data: { completeSimulatedPayment: { __typename: 'Payment', id, status, failureReason } } };
}

function bookingStatus(
  status: string,
  holdExpiresAt: string | null = HOLD,
  depositPaidCents = status === 'CONFIRMED' ? 1950 : 0,
): ExecutionResult {
  return {
    data: {
      bookingByToken: {
        __typename: 'PublicBooking',
        reference: 'K7M2QD',
        status,
        holdExpiresAt,
        depositPaidCents,
      },
    },
  };
}

function renderPayment(
  handlers: Record<string, (operation: Operation) => ExecutionResult | Promise<ExecutionResult>>,
  props: Partial<DepositPaymentProps> = {},
) {
  const onConfirmed = jest.fn<(cents: number) => void>();
  const fake = fakeClient(byOperation(handlers));
  renderWithProviders(
    <DepositPayment
      token={TOKEN}
      depositCents={1950}
      totalCents={6500}
      holdExpiresAt={HOLD}
      rebookPath="/reserver?etape=date&prestations=svc-lash&praticien=sans-preference"
      institutePhone="01 42 80 12 34"
      onConfirmed={onConfirmed}
      {...props}
    />,
    { client: fake.client, route: `/reserver/confirmation` },
  );
  return { ...fake, onConfirmed };
}

const sent = (operations: Operation[], name: string) =>
  operations.filter((o) => operationName(o) === name).map((o) => o.variables);

describe('DepositPayment', () => {
  it('shows the amounts and the hold, pays with the demo checkout, then waits for the confirmation', async () => {
    let statusChecks = 0;
    let answerFirstCheck: (result: ExecutionResult) => void = () => undefined;
    const { operations, onConfirmed } = renderPayment({
      CreateDepositPayment: () => checkout('pay-1'),
      CompleteSimulatedPayment: () => payment('pay-1', 'SUCCEEDED'),
      DepositStatus: () => {
        statusChecks += 1;
        if (statusChecks === 1) return new Promise((resolve) => (answerFirstCheck = resolve));
        return bookingStatus('CONFIRMED', null);
      },
    });

    const section = screen.getByRole('region', { name: 'Acompte à régler' });
    expect(within(section).getByRole('timer')).toHaveTextContent('Créneau réservé pendant 14:32');
    expect(
      within(section).getByText(
        'Votre créneau est gardé jusqu’au mercredi 25 novembre 2026 à 19:14. Il sera confirmé par le versement d’un acompte de 19,50 €.',
      ),
    ).toBeInTheDocument();
    const dueNow = within(section).getByText('À régler maintenant').nextElementSibling;
    expect(dueNow).toHaveTextContent('19,50 €');
    expect(within(section).getByText('Reste à régler à l’institut').nextElementSibling).toHaveTextContent(
      '45,50 €',
    );

    // The demo checkout says what it is, with a test card already filled in.
    const demo = await screen.findByRole('form', { name: 'Mode démonstration — aucun paiement réel' });
    expect(within(demo).getByLabelText('Numéro de carte')).toHaveValue('4242 4242 4242 4242');
    expect(sent(operations, 'CreateDepositPayment')).toEqual([{ input: { token: TOKEN } }]);
    // Cards only: nothing to choose.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();

    fireEvent.click(within(demo).getByRole('button', { name: withAmount('Payer 19,50 €') }));
    expect(await screen.findByText('Paiement reçu, confirmation en cours…')).toBeInTheDocument();
    expect(sent(operations, 'CompleteSimulatedPayment')).toEqual([
      { input: { paymentId: 'pay-1', approve: true } },
    ]);
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(onConfirmed).not.toHaveBeenCalled();

    // Still pending at the first check: it asks again until the booking is confirmed.
    answerFirstCheck(bookingStatus('PENDING'));
    expect(await screen.findByText('Acompte réglé : 19,50 €', {}, POLL_WAIT)).toBeInTheDocument();
    expect(statusChecks).toBe(2);
    expect(sent(operations, 'DepositStatus')).toEqual([{ token: TOKEN }, { token: TOKEN }]);
    expect(onConfirmed).toHaveBeenCalledTimes(1);
    expect(onConfirmed).toHaveBeenCalledWith(1950);
  });

  it('shows a refusal in French and retries with the same booking until the payment goes through', async () => {
    let opened = 0;
    const { operations, onConfirmed } = renderPayment({
      CreateDepositPayment: () => checkout(`pay-${++opened}`),
      CompleteSimulatedPayment: (operation) => {
        const { input } = operation.variables as { input: { paymentId: string; approve: boolean } };
        return input.approve
          ? payment(input.paymentId, 'SUCCEEDED')
          : payment(input.paymentId, 'FAILED', 'Paiement refusé (simulation).');
      },
      DepositStatus: () => bookingStatus('CONFIRMED', null),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Simuler un refus' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le paiement n’a pas abouti');
    expect(alert).toHaveTextContent('Paiement refusé (simulation).');
    expect(alert).toHaveTextContent('Votre créneau reste réservé jusqu’à 19:14 : vous pouvez réessayer.');
    // The hold still counts.
    expect(screen.getByRole('timer')).toHaveTextContent('14:32');

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer le paiement' }));
    fireEvent.click(await screen.findByRole('button', { name: withAmount('Payer 19,50 €') }));
    expect(await screen.findByText('Acompte réglé : 19,50 €', {}, POLL_WAIT)).toBeInTheDocument();

    expect(sent(operations, 'CreateDepositPayment')).toEqual([
      { input: { token: TOKEN } },
      { input: { token: TOKEN } },
    ]);
    expect(sent(operations, 'CompleteSimulatedPayment')).toEqual([
      { input: { paymentId: 'pay-1', approve: false } },
      { input: { paymentId: 'pay-2', approve: true } },
    ]);
    expect(onConfirmed).toHaveBeenCalledWith(1950);
  });

  it('ends the payment when the hold runs out and leads back to choosing a new time', async () => {
    const soon = new Date(NOW + 3_000).toISOString();
    const { operations } = renderPayment(
      {
        CreateDepositPayment: () => ({
          data: {
            createDepositPayment: {
              ...(checkout('pay-1').data as { createDepositPayment: object }).createDepositPayment,
              holdExpiresAt: soon,
            },
          },
        }),
      },
      { holdExpiresAt: soon },
    );

    expect(await screen.findByRole('button', { name: withAmount('Payer 19,50 €') })).toBeEnabled();
    expect(screen.getByRole('timer')).toHaveTextContent('Créneau réservé pendant 0:03');

    jest.setSystemTime(NOW + 3_500);
    const alert = await screen.findByRole('alert', {}, POLL_WAIT);
    expect(alert).toHaveTextContent('Le délai de paiement est dépassé');
    expect(alert).toHaveTextContent('Faute d’acompte, votre créneau a été libéré.');
    expect(within(alert).getByRole('link', { name: 'Choisir un nouveau créneau' })).toHaveAttribute(
      'href',
      '/reserver?etape=date&prestations=svc-lash&praticien=sans-preference',
    );
    expect(screen.queryByRole('button', { name: withAmount('Payer 19,50 €') })).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(sent(operations, 'CompleteSimulatedPayment')).toEqual([]);
  });

  it('lets a payment submitted before the hold ends finish, and leaves the rest to the server', async () => {
    let answerPayment: (result: ExecutionResult) => void = () => undefined;
    renderPayment({
      CreateDepositPayment: () => checkout('pay-1'),
      CompleteSimulatedPayment: () => new Promise((resolve) => (answerPayment = resolve)),
      DepositStatus: () => bookingStatus('CONFIRMED', null),
    });
    fireEvent.click(await screen.findByRole('button', { name: withAmount('Payer 19,50 €') }));
    await screen.findByRole('button', { name: 'Paiement en cours…' });

    // The hold ends while the payment is on its way: the countdown says so, the form stays.
    jest.setSystemTime(Date.parse(HOLD) + 1_000);
    await screen.findByText('Créneau réservé pendant 0:00', {}, POLL_WAIT);
    expect(screen.queryByText('Le délai de paiement est dépassé')).not.toBeInTheDocument();

    answerPayment(payment('pay-1', 'SUCCEEDED'));
    expect(await screen.findByText('Acompte réglé : 19,50 €', {}, POLL_WAIT)).toBeInTheDocument();
    expect(screen.queryByText('Le délai de paiement est dépassé')).not.toBeInTheDocument();
  });

  it('turns a refused opening after the hold into the expired state, not a retry', async () => {
    renderPayment({
      CreateDepositPayment: () =>
        graphqlError(
          'Le délai pour régler l’acompte est dépassé : le créneau a été libéré. Choisissez un nouveau créneau.',
          'CONFLICT',
        ),
      DepositStatus: () => bookingStatus('CANCELLED', null),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le délai de paiement est dépassé');
    expect(within(alert).queryByRole('button', { name: 'Réessayer le paiement' })).not.toBeInTheDocument();
  });

  it('shows the server’s reason when the payment cannot start, with a retry and the phone', async () => {
    const { operations } = renderPayment({
      CreateDepositPayment: () =>
        graphqlError('Le paiement en ligne n’est pas encore configuré par l’institut.', 'CONFLICT'),
      DepositStatus: () => bookingStatus('PENDING'),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le paiement ne peut pas démarrer');
    expect(alert).toHaveTextContent('Le paiement en ligne n’est pas encore configuré par l’institut.');
    expect(within(alert).getByRole('link', { name: '01 42 80 12 34' })).toHaveAttribute(
      'href',
      'tel:+33142801234',
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer le paiement' }));
    await screen.findByRole('alert');
    expect(sent(operations, 'CreateDepositPayment')).toHaveLength(2);
  });

  it('waits for the client on the manage page, then opens the payment', async () => {
    const { operations } = renderPayment(
      { CreateDepositPayment: () => checkout('pay-1') },
      { autoStart: false },
    );
    expect(screen.getByRole('region', { name: 'Acompte à régler' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('14:32');
    fireEvent.click(screen.getByRole('button', { name: withAmount('Régler l’acompte de 19,50 €') }));
    expect(await screen.findByRole('button', { name: withAmount('Payer 19,50 €') })).toBeInTheDocument();
    expect(sent(operations, 'CreateDepositPayment')).toEqual([{ input: { token: TOKEN } }]);
  });

  it('renders Stripe’s Payment Element for a Stripe checkout, loading Stripe.js only then', async () => {
    renderPayment({ CreateDepositPayment: () => checkout('pay-1', 'STRIPE') });

    const form = await screen.findByRole('form', { name: 'Paiement sécurisé par Stripe' });
    expect(within(form).getByText('Chargement du formulaire de paiement…')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: withAmount('Payer 19,50 €') })).toBeDisabled();
    expect(within(form).getByTestId('stripe-payment-element')).toBeEmptyDOMElement();
    expect(screen.queryByText('Mode démonstration — aucun paiement réel')).not.toBeInTheDocument();
    // Stripe.js itself comes from Stripe (required by Stripe; the CSP allows it).
    await screen.findByText('Chargement du formulaire de paiement…');
    expect(document.head.querySelector('script[src^="https://js.stripe.com/"]')).not.toBeNull();
  });

  it('comes back from a provider’s redirect straight to the confirmation wait', async () => {
    const { operations, onConfirmed } = renderPayment(
      { DepositStatus: () => bookingStatus('CONFIRMED', null) },
      { autoStart: false, resume: 'succeeded' },
    );
    expect(await screen.findByText('Acompte réglé : 19,50 €')).toBeInTheDocument();
    expect(sent(operations, 'CreateDepositPayment')).toEqual([]);
    expect(onConfirmed).toHaveBeenCalledWith(1950);
  });

  it('treats a deposit already taken (another tab) as paid and waits for the confirmation', async () => {
    let statusChecks = 0;
    const { onConfirmed } = renderPayment({
      CreateDepositPayment: () => graphqlError('L’acompte de ce rendez-vous est déjà réglé.', 'CONFLICT'),
      // Taken, but the booking is not confirmed yet.
      DepositStatus: () =>
        ++statusChecks <= 2 ? bookingStatus('PENDING', HOLD, 1950) : bookingStatus('CONFIRMED', null, 1950),
    });
    expect(await screen.findByText('Paiement reçu, confirmation en cours…')).toBeInTheDocument();
    expect(await screen.findByText('Acompte réglé : 19,50 €', {}, POLL_WAIT)).toBeInTheDocument();
    expect(screen.queryByText('Le paiement ne peut pas démarrer')).not.toBeInTheDocument();
    expect(statusChecks).toBe(3);
    expect(onConfirmed).toHaveBeenCalledWith(1950);
  });

  describe('with PayPal', () => {
    const bothMethods: PaymentMethod[] = ['CARD_ONLINE', 'PAYPAL'];
    const captured = (status: string, failureReason: string | null = null): ExecutionResult => ({
      data: { capturePayPalDeposit: { __typename: 'Payment', id: 'pay-2', status, failureReason } },
    });

    it('offers card or PayPal when the institute takes both, the card first, PayPal loaded only once chosen', async () => {
      renderPayment({ CreateDepositPayment: () => checkout('pay-1', 'SIMULATED', bothMethods) });
      const choice = await screen.findByRole('radiogroup', { name: 'Moyen de paiement' });
      expect(within(choice).getByRole('radio', { name: 'Carte bancaire' })).toBeChecked();
      expect(within(choice).getByRole('radio', { name: 'PayPal' })).not.toBeChecked();
      expect(
        screen.getByRole('form', { name: 'Mode démonstration — aucun paiement réel' }),
      ).toBeInTheDocument();
      expect(document.head.querySelector('script[src^="https://www.paypal.com/"]')).toBeNull();
    });

    it('loads PayPal’s SDK once chosen, approves an order our server made, has it captured, then waits for the confirmation', async () => {
      let statusChecks = 0;
      const { operations, onConfirmed } = renderPayment({
        CreateDepositPayment: (operation) =>
          methodOf(operation) === 'PAYPAL'
            ? checkout('pay-2', 'PAYPAL', bothMethods)
            : checkout('pay-1', 'SIMULATED', bothMethods),
        CapturePayPalDeposit: () => captured('SUCCEEDED'),
        DepositStatus: () =>
          ++statusChecks === 1 ? bookingStatus('PENDING') : bookingStatus('CONFIRMED', null, 1950),
      });

      fireEvent.click(await screen.findByRole('radio', { name: 'PayPal' }));
      const script = await payPalScript();
      const src = new URL(script.src);
      expect(`${src.origin}${src.pathname}`).toBe('https://www.paypal.com/sdk/js');
      expect(Object.fromEntries(src.searchParams)).toEqual({
        'client-id': PAYPAL_CLIENT_ID,
        currency: 'EUR',
        intent: 'capture',
        locale: 'fr_FR',
        components: 'buttons',
      });
      expect(screen.getByRole('radio', { name: 'PayPal' })).toBeChecked();
      expect(
        screen.queryByRole('form', { name: 'Mode démonstration — aucun paiement réel' }),
      ).not.toBeInTheDocument();

      const paypal = installFakePayPal();
      act(() => {
        script.dispatchEvent(new Event('load'));
      });
      const region = await screen.findByRole('region', { name: 'Paiement sécurisé par PayPal' });
      await waitFor(() => expect(paypal.rendered).toHaveLength(1));
      const buttons = paypal.rendered[0];
      expect(buttons.fundingSource).toBe('paypal');
      await waitFor(() => expect(within(region).queryByRole('status')).not.toBeInTheDocument());
      expect(within(region).getByRole('button', { name: 'PayPal' })).toBeInTheDocument();

      // The buyer clicks PayPal's button: the order comes from our server.
      let orderId = '';
      await act(async () => {
        orderId = await buttons.createOrder();
      });
      expect(orderId).toBe(PAYPAL_ORDER);
      expect(sent(operations, 'CreateDepositPayment')).toEqual([
        { input: { token: TOKEN } },
        { input: { token: TOKEN, method: 'PAYPAL' } },
        { input: { token: TOKEN, method: 'PAYPAL' } },
      ]);

      // ... approves it in PayPal's window, and our server captures it.
      const restart = jest.fn(() => Promise.resolve());
      await act(() => buttons.onApprove({ orderID: PAYPAL_ORDER }, { restart }));
      expect(sent(operations, 'CapturePayPalDeposit')).toEqual([
        { input: { token: TOKEN, orderId: PAYPAL_ORDER } },
      ]);
      expect(await screen.findByText('Paiement reçu, confirmation en cours…')).toBeInTheDocument();
      expect(await screen.findByText('Acompte réglé : 19,50 €', {}, POLL_WAIT)).toBeInTheDocument();
      expect(statusChecks).toBe(2);
      expect(onConfirmed).toHaveBeenCalledWith(1950);
      expect(restart).not.toHaveBeenCalled();
      expect(paypal.closed).toEqual([buttons]);
      expect(document.head.querySelectorAll('script[src^="https://www.paypal.com/"]')).toHaveLength(1);
    });

    it('says what went wrong in French with a retry that renders the buttons again; closing PayPal’s window clears it', async () => {
      let paypalOpens = 0;
      const { operations } = renderPayment({
        CreateDepositPayment: (operation) => {
          if (methodOf(operation) !== 'PAYPAL') return checkout('pay-1', 'SIMULATED', bothMethods);
          paypalOpens += 1;
          return paypalOpens === 2
            ? graphqlError('Le paiement par PayPal n’est pas proposé par l’institut.', 'CONFLICT')
            : checkout('pay-2', 'PAYPAL', bothMethods);
        },
      });
      fireEvent.click(await screen.findByRole('radio', { name: 'PayPal' }));
      const script = await payPalScript();
      const paypal = installFakePayPal();
      act(() => {
        script.dispatchEvent(new Event('load'));
      });
      await waitFor(() => expect(paypal.rendered).toHaveLength(1));
      const buttons = paypal.rendered[0];

      // Our server refuses the order: PayPal hands our reason over to onError.
      let failure: unknown;
      await act(async () => {
        failure = await buttons.createOrder().catch((error: unknown) => error);
      });
      act(() => buttons.onError!(failure));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Le paiement par PayPal n’est pas proposé par l’institut.',
      );

      // The buyer closes PayPal's window: nothing left to retry.
      act(() => buttons.onCancel!({ orderID: PAYPAL_ORDER }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();

      // PayPal fails on its side: a French message, and a retry that renders the buttons again.
      act(() => buttons.onError!(new Error('Window closed for postrobot_method')));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'Le paiement PayPal n’a pas pu aboutir. Réessayez, ou choisissez un autre moyen de paiement.',
      );
      fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
      await waitFor(() => expect(paypal.rendered).toHaveLength(2));
      expect(paypal.closed).toEqual([buttons]);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // The SDK is fetched once.
      expect(document.head.querySelectorAll('script[src^="https://www.paypal.com/"]')).toHaveLength(1);
      expect(sent(operations, 'CapturePayPalDeposit')).toEqual([]);
      // Back to the card: its checkout again, without PayPal's button.
      fireEvent.click(screen.getByRole('radio', { name: 'Carte bancaire' }));
      expect(
        await screen.findByRole('form', { name: 'Mode démonstration — aucun paiement réel' }),
      ).toBeInTheDocument();
      expect(sent(operations, 'CreateDepositPayment').at(-1)).toEqual({
        input: { token: TOKEN, method: 'CARD_ONLINE' },
      });
      expect(screen.queryByTestId('paypal-buttons')).not.toBeInTheDocument();
    });

    it('shows PayPal alone when it is the only method, and reopens PayPal’s window when PayPal declines the funding source', async () => {
      const { operations } = renderPayment({
        CreateDepositPayment: () => checkout('pay-2', 'PAYPAL', ['PAYPAL']),
        CapturePayPalDeposit: () =>
          graphqlError(
            'PayPal a refusé ce moyen de paiement : choisissez-en un autre dans la fenêtre PayPal.',
            'CONFLICT',
            { reason: 'INSTRUMENT_DECLINED' },
          ),
      });
      const script = await payPalScript();
      expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
      const paypal = installFakePayPal();
      act(() => {
        script.dispatchEvent(new Event('load'));
      });
      await waitFor(() => expect(paypal.rendered).toHaveLength(1));

      const restart = jest.fn(() => Promise.resolve());
      await act(() => paypal.rendered[0].onApprove({ orderID: PAYPAL_ORDER }, { restart }));
      expect(restart).toHaveBeenCalledTimes(1);
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'PayPal a refusé ce moyen de paiement : choisissez-en un autre dans la fenêtre PayPal.',
      );
      expect(screen.queryByText('Paiement reçu, confirmation en cours…')).not.toBeInTheDocument();
      expect(sent(operations, 'CreateDepositPayment')).toEqual([{ input: { token: TOKEN } }]);
    });

    it('turns a capture PayPal refuses into a refusal with a retry', async () => {
      renderPayment({
        CreateDepositPayment: () => checkout('pay-2', 'PAYPAL', ['PAYPAL']),
        CapturePayPalDeposit: () => captured('FAILED', 'Paiement PayPal refusé (DECLINED).'),
      });
      const script = await payPalScript();
      const paypal = installFakePayPal();
      act(() => {
        script.dispatchEvent(new Event('load'));
      });
      await waitFor(() => expect(paypal.rendered).toHaveLength(1));
      await act(() =>
        paypal.rendered[0].onApprove({ orderID: PAYPAL_ORDER }, { restart: () => Promise.resolve() }),
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Le paiement n’a pas abouti');
      expect(alert).toHaveTextContent('Paiement PayPal refusé (DECLINED).');
      expect(within(alert).getByRole('button', { name: 'Réessayer le paiement' })).toBeInTheDocument();
    });
  });
});
