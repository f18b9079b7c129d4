import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import type { TerminalCheckoutStatus, TerminalProvider } from '../../gql/graphql';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { BookingPaymentSection } from './BookingPaymentSection';
import type { LedgerPayment } from './payment-summary';
import { payment } from './testing';
import type { TerminalCheckout } from './TerminalCheckoutPanel';

interface Reader {
  id: string;
  name: string;
  provider: TerminalProvider;
  status: 'ONLINE' | 'OFFLINE' | 'UNKNOWN';
  busy: boolean;
}

const VIRTUAL: Reader = {
  id: 'r-virtual',
  name: 'Terminal virtuel (démo)',
  provider: 'SIMULATED',
  status: 'ONLINE',
  busy: false,
};
const DESK: Reader = { id: 'r-desk', name: 'Accueil', provider: 'SUMUP', status: 'ONLINE', busy: false };

const FINAL = new Set<TerminalCheckoutStatus>(['APPROVED', 'DECLINED', 'CANCELLED', 'TIMED_OUT']);
const LEDGER_STATUS = {
  WAITING_FOR_CARD: 'PENDING',
  WAITING_FOR_PIN: 'PENDING',
  PROCESSING: 'PENDING',
  APPROVED: 'SUCCEEDED',
  DECLINED: 'FAILED',
  CANCELLED: 'CANCELLED',
  TIMED_OUT: 'CANCELLED',
} as const;

/** A fake server for one booking of 45 € and its terminals; the tests drive the checkouts. */
function setup({
  role = 'STAFF',
  readers = [VIRTUAL],
  start,
  live,
}: {
  role?: 'ADMIN' | 'STAFF';
  readers?: Reader[];
  /** Overrides `startTerminalCheckout` (e.g. a CONFLICT). */
  start?: (op: Operation) => ExecutionResult | undefined;
  /** What `terminalCheckoutUpdated` sends (once); nothing by default. */
  live?: () => Promise<ExecutionResult>;
} = {}) {
  const state = { payments: [] as LedgerPayment[], checkouts: [] as TerminalCheckout[], second: 0 };
  const checkoutWith = (
    c: TerminalCheckout,
    status: TerminalCheckoutStatus,
    reason: string | null = null,
  ) => {
    state.second += 1;
    const next: TerminalCheckout = {
      ...c,
      status,
      final: FINAL.has(status),
      failureReason: reason,
      updatedAt: `2026-11-26T10:00:${String(state.second).padStart(2, '0')}.000Z`,
      payment: { ...c.payment, status: LEDGER_STATUS[status], failureReason: reason },
    };
    state.checkouts = state.checkouts.map((x) => (x.id === c.id ? next : x));
    state.payments = state.payments.map((p) => (p.id === next.payment.id ? next.payment : p));
    return next;
  };
  const find = (id: string) => state.checkouts.find((c) => c.id === id)!;
  const { client, operations } = fakeClient((op) => {
    const vars: unknown = op.variables;
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role, { staffCanRefund: true });
      case 'BookingPayments':
        return {
          data: {
            booking: {
              id: 'b1',
              status: 'CONFIRMED',
              totalCents: 4500,
              depositCents: 0,
              paidCents: state.payments
                .filter((p) => p.status === 'SUCCEEDED')
                .reduce((s, p) => s + p.amountCents, 0),
              payments: state.payments,
            },
          },
        };
      case 'CheckoutReaders':
        return { data: { readers } };
      case 'StartTerminalCheckout': {
        const override = start?.(op);
        if (override) return override;
        const input = (vars as { input: { readerId: string; amountCents: number } }).input;
        const reader = readers.find((r) => r.id === input.readerId)!;
        const n = state.checkouts.length + 1;
        const ledger = payment({
          id: `p${n}`,
          method: 'CARD_TERMINAL',
          provider: reader.provider,
          status: 'PENDING',
          amountCents: input.amountCents,
          succeededAt: null,
        });
        state.payments.push(ledger);
        const created: TerminalCheckout = {
          id: `c${n}`,
          status: 'WAITING_FOR_CARD',
          final: false,
          provider: reader.provider,
          readerId: reader.id,
          readerName: reader.name,
          amountCents: input.amountCents,
          failureReason: null,
          expiresAt: '2099-01-01T00:00:00.000Z',
          updatedAt: '2026-11-26T10:00:00.000Z',
          payment: ledger,
        };
        state.checkouts.push(created);
        return { data: { startTerminalCheckout: created } };
      }
      case 'TerminalCheckout':
        return { data: { terminalCheckout: find((vars as { id: string }).id) } };
      case 'TerminalCheckoutUpdated':
        return live ? live() : { data: null };
      case 'SimulateTerminalOutcome': {
        const input = (vars as { input: { checkoutId: string; outcome: 'APPROVED' | 'DECLINED' } }).input;
        const c = find(input.checkoutId);
        const next =
          input.outcome === 'APPROVED'
            ? checkoutWith(c, 'APPROVED')
            : checkoutWith(c, 'DECLINED', 'Carte refusée (simulation).');
        return { data: { simulateTerminalOutcome: next } };
      }
      case 'CancelTerminalCheckout':
        return {
          data: { cancelTerminalCheckout: checkoutWith(find((vars as { id: string }).id), 'CANCELLED') },
        };
      default:
        return { data: null };
    }
  });
  const onNotify = jest.fn();
  renderWithProviders(<BookingPaymentSection bookingId="b1" status="CONFIRMED" onNotify={onNotify} />, {
    client,
  });
  return { operations, onNotify, state, checkoutWith };
}

const sent = (operations: Operation[], name: string) => operations.filter((o) => operationName(o) === name);

async function openTerminalForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Encaisser' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Carte (terminal)' }));
  return dialog;
}

describe('Collect by card on a terminal', () => {
  it('preselects the only reader and the balance, and checks the amount before sending anything', async () => {
    const { operations } = setup();
    const dialog = await openTerminalForm();
    expect(await within(dialog).findByRole('combobox', { name: 'Terminal' })).toHaveTextContent(
      'Terminal virtuel (démo) · en ligne',
    );
    const amount = within(dialog).getByLabelText('Montant (€)');
    expect(amount).toHaveValue('45,00');
    fireEvent.change(amount, { target: { value: '50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer 50,00\s€ au terminal$/ }));
    expect(
      await within(dialog).findByText(/Le montant dépasse le reste à payer \(45,00\s€\)\./),
    ).toBeInTheDocument();
    fireEvent.change(amount, { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Envoyer au terminal' }));
    expect(await within(dialog).findByText('Le montant doit être supérieur à zéro.')).toBeInTheDocument();
    expect(sent(operations, 'StartTerminalCheckout')).toHaveLength(0);
  });

  it('asks which reader when several are ready', async () => {
    const { operations } = setup({ readers: [DESK, { ...DESK, id: 'r-cabin', name: 'Cabine 2' }] });
    const dialog = await openTerminalForm();
    const select = await within(dialog).findByRole('combobox', { name: 'Terminal' });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer 45,00\s€ au terminal$/ }));
    expect(
      await within(dialog).findByText('Choisissez le terminal sur lequel le client paiera.'),
    ).toBeInTheDocument();
    expect(sent(operations, 'StartTerminalCheckout')).toHaveLength(0);
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByRole('option', { name: 'Cabine 2 · en ligne' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer 45,00\s€ au terminal$/ }));
    await within(dialog).findByText('Présentez la carte sur le terminal…');
    expect(sent(operations, 'StartTerminalCheckout')[0]?.variables).toEqual({
      input: { readerId: 'r-cabin', amountCents: 4500, kind: 'BALANCE', bookingId: 'b1' },
    });
  });

  it('demo: the virtual terminal declines, the desk retries, then the card is accepted and listed', async () => {
    const { operations, onNotify } = setup();
    const dialog = await openTerminalForm();
    await within(dialog).findByRole('combobox', { name: 'Terminal' });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer 45,00\s€ au terminal$/ }));

    const status = await within(dialog).findByRole('status');
    expect(status).toHaveTextContent('Présentez la carte sur le terminal…');
    const virtual = within(dialog).getByRole('region', { name: 'Terminal virtuel — démonstration' });
    expect(virtual).toHaveTextContent(/45,00\s€/);
    expect(within(dialog).getByRole('button', { name: 'Annuler sur le terminal' })).toBeEnabled();
    // The first state may have been published before the subscription: it is read once.
    await waitFor(() => expect(sent(operations, 'TerminalCheckout')).toHaveLength(1));
    expect(sent(operations, 'TerminalCheckoutUpdated')[0]?.variables).toEqual({ id: 'c1' });

    fireEvent.click(within(virtual).getByRole('button', { name: 'Refuser la carte' }));
    await within(dialog).findByText('Carte refusée');
    expect(status).toHaveTextContent('Carte refusée (simulation).');
    expect(within(dialog).queryByRole('region', { name: /Terminal virtuel/ })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Annuler sur le terminal' })).not.toBeInTheDocument();
    expect(onNotify).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Réessayer' }));
    await within(dialog).findByText('Présentez la carte sur le terminal…');
    expect(sent(operations, 'StartTerminalCheckout')).toHaveLength(2);
    expect(sent(operations, 'StartTerminalCheckout')[1]?.variables).toEqual(
      sent(operations, 'StartTerminalCheckout')[0]?.variables,
    );
    fireEvent.click(
      within(within(dialog).getByRole('region', { name: /Terminal virtuel/ })).getByRole('button', {
        name: 'Accepter la carte',
      }),
    );
    await within(dialog).findByText('Paiement accepté');
    expect(sent(operations, 'SimulateTerminalOutcome').map((o) => o.variables)).toEqual([
      { input: { checkoutId: 'c1', outcome: 'DECLINED' } },
      { input: { checkoutId: 'c2', outcome: 'APPROVED' } },
    ]);
    // The list behind the dialog is reloaded at once; the toast waits for the dialog to close.
    await waitFor(() => expect(screen.getByText('Réglé')).toBeInTheDocument());
    expect(onNotify).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terminé' }));
    expect(onNotify).toHaveBeenCalledWith(
      expect.stringMatching(/^45,00\s€ encaissé par carte sur le terminal\.$/),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const items = await screen.findAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Carte \(terminal\), Solde, 45,00\s€, Encaissé, le /),
        expect.stringMatching(/^Carte \(terminal\), Solde, 45,00\s€, Échoué, le /),
      ]),
    );
    expect(screen.getByText('Réglé')).toBeInTheDocument();
  });

  it('follows the reader live, and cancels on the terminal while it waits', async () => {
    let publish: (result: ExecutionResult) => void = () => undefined;
    const { operations, state, checkoutWith } = setup({
      readers: [DESK],
      live: () => new Promise((resolve) => (publish = resolve)),
    });
    const dialog = await openTerminalForm();
    await within(dialog).findByRole('combobox', { name: 'Terminal' });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer 45,00\s€ au terminal$/ }));
    await within(dialog).findByText('Présentez la carte sur le terminal…');
    expect(within(dialog).queryByRole('region', { name: /Terminal virtuel/ })).not.toBeInTheDocument();
    await waitFor(() => expect(sent(operations, 'TerminalCheckoutUpdated')).toHaveLength(1));

    publish({ data: { terminalCheckoutUpdated: checkoutWith(state.checkouts[0], 'WAITING_FOR_PIN') } });
    await within(dialog).findByText('Le client saisit son code…');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler sur le terminal' }));
    await within(dialog).findByText('Paiement annulé sur le terminal');
    expect(sent(operations, 'CancelTerminalCheckout')[0]?.variables).toEqual({ id: 'c1' });
    expect(within(dialog).getByRole('button', { name: 'Réessayer' })).toBeEnabled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Autre moyen' }));
    expect(await within(dialog).findByRole('button', { name: 'Carte (terminal)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows the server’s refusal when the reader is busy or offline, on the form', async () => {
    setup({
      readers: [{ ...DESK, status: 'OFFLINE' }],
      start: () =>
        graphqlError(
          'Le terminal est hors ligne : allumez-le, vérifiez sa connexion (Wi-Fi ou réseau mobile), puis réessayez.',
          'CONFLICT',
        ),
    });
    const dialog = await openTerminalForm();
    expect(await within(dialog).findByRole('combobox', { name: 'Terminal' })).toHaveTextContent(
      'Accueil · hors ligne',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer 45,00\s€ au terminal$/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Le terminal est hors ligne : allumez-le/,
    );
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
  });

  it('says so when no terminal is paired, and sends nothing', async () => {
    const { operations } = setup({ readers: [] });
    const dialog = await openTerminalForm();
    expect(await within(dialog).findByText(/Aucun terminal de paiement n’est associé\./)).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Envoyer 45,00 € au terminal'.replace(' €', '\u00a0€') }),
    ).toBeDisabled();
    expect(sent(operations, 'StartTerminalCheckout')).toHaveLength(0);
    // Staff cannot pair a reader: they are told whom to ask, not sent to the settings.
    expect(within(dialog).getByText(/Demandez à un administrateur/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: 'Associer un terminal' })).not.toBeInTheDocument();
  });

  it('sends who may pair a reader (an admin) to the terminals settings when none is paired', async () => {
    setup({ role: 'ADMIN', readers: [] });
    const dialog = await openTerminalForm();
    expect(await within(dialog).findByRole('link', { name: 'Associer un terminal' })).toHaveAttribute(
      'href',
      '/reglages/terminaux',
    );
    expect(within(dialog).queryByText(/Demandez à un administrateur/)).not.toBeInTheDocument();
  });
});
