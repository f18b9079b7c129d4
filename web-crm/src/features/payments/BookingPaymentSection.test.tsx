import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { BookingPaymentSection } from './BookingPaymentSection';
import { payment } from './testing';
import type { LedgerPayment } from './payment-summary';

interface Booking {
  status: 'PENDING' | 'CONFIRMED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW';
  totalCents: number;
  depositCents: number;
  payments: LedgerPayment[];
}

const paidOf = (payments: LedgerPayment[]) =>
  payments
    .filter((p) => ['SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(p.status))
    .reduce((sum, p) => sum + p.amountCents - p.refundedCents, 0);

/** A fake server holding one booking's payments: record and refund change them. */
function setup(
  booking: Booking,
  {
    role = 'ADMIN',
    refund,
    canRefund = true,
  }: { role?: 'ADMIN' | 'STAFF'; refund?: (op: Operation) => ExecutionResult; canRefund?: boolean } = {},
) {
  const state = { ...booking, payments: [...booking.payments], canRefund };
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role, { staffCanRefund: state.canRefund });
      case 'BookingPayments':
        return {
          data: {
            booking: {
              __typename: 'Booking',
              id: 'b1',
              status: state.status,
              totalCents: state.totalCents,
              depositCents: state.depositCents,
              paidCents: paidOf(state.payments),
              payments: state.payments,
            },
          },
        };
      case 'RecordPayment': {
        const input = op.variables as { input: { kind: 'BALANCE'; method: 'CASH'; amountCents: number } };
        const created = payment({
          id: `p${state.payments.length + 1}`,
          ...input.input,
          createdAt: '2026-11-26T10:00:00.000Z',
        });
        state.payments.push(created);
        return { data: { recordPayment: created } };
      }
      case 'RefundPayment':
        if (refund) return refund(op);
        return { data: null };
      default:
        return { data: null };
    }
  });
  const onNotify = jest.fn();
  renderWithProviders(<BookingPaymentSection bookingId="b1" status={booking.status} onNotify={onNotify} />, {
    client,
  });
  return { operations, onNotify, state };
}

const byName = (operations: Operation[], name: string) => operations.filter((o) => operationName(o) === name);

describe('BookingPaymentSection', () => {
  it('shows total, deposit, paid so far, what is left and every payment', async () => {
    setup({
      status: 'CONFIRMED',
      totalCents: 4500,
      depositCents: 1350,
      payments: [
        payment({ id: 'p1', kind: 'DEPOSIT', method: 'CARD_ONLINE', provider: 'STRIPE', amountCents: 1350 }),
        payment({
          id: 'p2',
          amountCents: 1000,
          refundedCents: 400,
          status: 'PARTIALLY_REFUNDED',
          createdAt: '2026-11-27T09:00:00.000Z',
        }),
      ],
    });
    const section = await screen.findByTestId('booking-payments');
    expect(within(section).getByText(/^13,50\s€ demandé · 13,50\s€ payé$/)).toBeInTheDocument();
    expect(within(section).getByText('Déjà payé').nextSibling).toHaveTextContent(/^19,50\s€$/);
    expect(within(section).getByText('Reste à payer').nextSibling).toHaveTextContent(/^25,50\s€$/);
    const items = within(section).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Espèces, Solde, 10,00\s€, Remboursé en partie, le 27\/11\/2026 10:00$/),
      expect.stringMatching(/^Carte en ligne, Acompte, 13,50\s€, Encaissé, le 26\/11\/2026 10:04$/),
    ]);
    expect(within(items[0]).getByText(/dont 4,00\s€ remboursé/)).toBeInTheDocument();
  });

  it('records cash for the balance and shows it at once', async () => {
    const { operations, onNotify } = setup({
      status: 'CONFIRMED',
      totalCents: 4500,
      depositCents: 0,
      payments: [],
    });
    expect(await screen.findByText('Aucun paiement pour ce rendez-vous.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Encaisser' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Montant (€)')).toHaveValue('45,00');
    fireEvent.click(within(dialog).getByRole('button', { name: /^Encaisser 45,00\s€$/ }));
    await waitFor(() => expect(screen.getByText('Réglé')).toBeInTheDocument());
    expect(byName(operations, 'RecordPayment')[0]?.variables).toEqual({
      input: { bookingId: 'b1', kind: 'BALANCE', method: 'CASH', amountCents: 4500 },
    });
    expect(onNotify).toHaveBeenCalledWith(expect.stringMatching(/^45,00\s€ encaissé \(Espèces\)\.$/));
    expect(screen.getByRole('button', { name: 'Encaisser' })).toBeDisabled();
    expect(screen.getByText('Rien à encaisser : le rendez-vous est réglé.')).toBeInTheDocument();
  });

  it('records a chosen amount by bank transfer, and refuses more than what is left', async () => {
    const { operations } = setup({ status: 'CONFIRMED', totalCents: 4500, depositCents: 0, payments: [] });
    fireEvent.click(await screen.findByRole('button', { name: 'Encaisser' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Virement' }));
    const amount = within(dialog).getByLabelText('Montant (€)');
    fireEvent.change(amount, { target: { value: '50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Encaisser/ }));
    expect(
      await within(dialog).findByText(/Le montant dépasse le reste à payer \(45,00\s€\)\./),
    ).toBeInTheDocument();
    expect(byName(operations, 'RecordPayment')).toHaveLength(0);
    fireEvent.change(amount, { target: { value: '20,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Encaisser 20,50\s€$/ }));
    await waitFor(() =>
      expect(screen.getByText('Reste à payer').nextSibling).toHaveTextContent(/^24,50\s€$/),
    );
    expect(byName(operations, 'RecordPayment')[0]?.variables).toEqual({
      input: { bookingId: 'b1', kind: 'BALANCE', method: 'BANK_TRANSFER', amountCents: 2050 },
    });
  });

  it('proposes the missing deposit of a pending booking', async () => {
    setup({ status: 'PENDING', totalCents: 4500, depositCents: 1350, payments: [] });
    fireEvent.click(await screen.findByRole('button', { name: 'Encaisser' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Montant (€)')).toHaveValue('13,50');
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveTextContent('Acompte');
  });

  it('refund dialog: reason required, partial amount checked, then sent', async () => {
    const { operations, onNotify } = setup(
      { status: 'COMPLETED', totalCents: 4500, depositCents: 0, payments: [payment({ id: 'p1' })] },
      {
        refund: () => ({
          data: { refundPayment: payment({ id: 'p1', refundedCents: 1000, status: 'PARTIALLY_REFUNDED' }) },
        }),
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Rembourser le paiement de 45,00\s€/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rembourser' }));
    expect(await within(dialog).findByText('Indiquez le motif du remboursement.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByLabelText('Montant partiel'));
    fireEvent.change(within(dialog).getByLabelText('Montant à rembourser (€)'), { target: { value: '46' } });
    fireEvent.change(within(dialog).getByLabelText(/^Motif/), { target: { value: 'Geste commercial' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rembourser' }));
    expect(
      await within(dialog).findByText(/Le montant dépasse ce qui reste remboursable \(45,00\s€\)\./),
    ).toBeInTheDocument();
    expect(byName(operations, 'RefundPayment')).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Montant à rembourser (€)'), { target: { value: '10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rembourser' }));
    await waitFor(() =>
      expect(onNotify).toHaveBeenCalledWith(expect.stringMatching(/^10,00\s€ remboursé\.$/)),
    );
    expect(byName(operations, 'RefundPayment')[0]?.variables).toEqual({
      input: { id: 'p1', amountCents: 1000, reason: 'Geste commercial' },
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers refunds to staff only when the institute allows it', async () => {
    const { operations } = setup(
      { status: 'COMPLETED', totalCents: 4500, depositCents: 0, payments: [payment({ id: 'p1' })] },
      { role: 'STAFF', canRefund: false },
    );
    expect(await screen.findByText(/^Seul un administrateur peut rembourser \(réglage/)).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Encaissé');
    expect(screen.queryByRole('button', { name: /^Rembourser/ })).not.toBeInTheDocument();
    expect(byName(operations, 'MyPermissions')).toHaveLength(1);
  });

  it('shows the server’s French refusal inline; a staff member refused (setting changed meanwhile) then loses the action', async () => {
    const { state, operations } = setup(
      { status: 'COMPLETED', totalCents: 4500, depositCents: 0, payments: [payment({ id: 'p1' })] },
      {
        role: 'STAFF',
        refund: () => {
          state.canRefund = false;
          return graphqlError('Seul un administrateur peut rembourser.', 'FORBIDDEN');
        },
      },
    );
    const refund = await screen.findByRole('button', { name: /^Rembourser le paiement/ });
    expect(refund).toBeEnabled();
    expect(screen.queryByText(/^Seul un administrateur peut rembourser \(réglage/)).not.toBeInTheDocument();
    fireEvent.click(refund);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Motif/), { target: { value: 'Erreur de caisse' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rembourser' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Seul un administrateur peut rembourser.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/^Seul un administrateur peut rembourser \(réglage/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Rembourser le paiement/ })).not.toBeInTheDocument();
    expect(byName(operations, 'MyPermissions')).toHaveLength(2);
  });

  it('puts a server field error under its field', async () => {
    setup(
      { status: 'COMPLETED', totalCents: 4500, depositCents: 0, payments: [payment({ id: 'p1' })] },
      {
        refund: () =>
          graphqlError('Impossible de rembourser plus que le reste encaissé (5,00 €).', 'BAD_USER_INPUT', {
            fields: [
              {
                field: 'input.amountCents',
                message: 'Impossible de rembourser plus que le reste encaissé (5,00 €).',
              },
            ],
          }),
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Rembourser le paiement/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Montant partiel'));
    fireEvent.change(within(dialog).getByLabelText('Montant à rembourser (€)'), { target: { value: '10' } });
    fireEvent.change(within(dialog).getByLabelText(/^Motif/), { target: { value: 'Motif' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rembourser' }));
    expect(
      await within(dialog).findByText('Impossible de rembourser plus que le reste encaissé (5,00 €).'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Montant à rembourser (€)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes no money for a cancelled booking but still allows refunds', async () => {
    setup({
      status: 'CANCELLED',
      totalCents: 4500,
      depositCents: 1350,
      payments: [payment({ id: 'p1', kind: 'DEPOSIT', amountCents: 1350 })],
    });
    expect(await screen.findByText('Rendez-vous annulé : rien à encaisser.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Encaisser' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /^Rembourser le paiement/ })).toBeEnabled();
  });
});
