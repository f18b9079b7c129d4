import { fireEvent, screen, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { createRef } from 'react';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { TenderPanel, type TenderHandle } from './TenderPanel';
import { checkoutOf, saleOf } from './testing';
import type { CheckoutSale, CheckoutState } from './useCheckoutSale';

const NB = '\u00a0';

const { client } = fakeClient((op: Operation) => {
  switch (operationName(op)) {
    case 'TillReaders':
      return {
        data: {
          readers: [
            {
              __typename: 'TerminalReader',
              id: 'r1',
              name: 'Terminal virtuel (démo)',
              status: 'ONLINE',
              busy: false,
              state: 'IDLE',
              provider: 'SIMULATED',
            },
          ],
        },
      };
    default:
      return { data: null };
  }
});

function panel(sale: CheckoutSale, over: Partial<CheckoutState> = {}) {
  const checkout = checkoutOf(sale, over);
  const handle = createRef<TenderHandle>();
  const { container } = renderWithProviders(<TenderPanel checkout={checkout.state} handle={handle} />, {
    client,
  });
  return { ...checkout, handle, region: within(within(container).getByRole('region', { name: 'Paiement' })) };
}

describe('TenderPanel', () => {
  it('cash: the keypad types what is handed over and shows the change; paying sends that amount', async () => {
    const { region, calls } = panel(saleOf());
    expect(region.getByTestId('tender-left').textContent).toBe(`Reste à payer45,50${NB}€`);
    const keypad = within(region.getByRole('group', { name: 'Pavé numérique' }));
    for (const key of ['5', '0', '00']) fireEvent.click(keypad.getByRole('button', { name: key }));
    expect(region.getByTestId('tender-amount')).toHaveProperty('value', `50,00${NB}€`);
    expect(region.getByRole('status').textContent).toBe(`Monnaie à rendre : 4,50${NB}€`);
    fireEvent.click(keypad.getByRole('button', { name: 'Effacer' }));
    expect(region.getByTestId('tender-amount')).toHaveProperty('value', `5,00${NB}€`);
    fireEvent.click(keypad.getByRole('button', { name: '0' }));
    fireEvent.click(region.getByRole('button', { name: `Encaisser 50,00${NB}€ en espèces` }));
    await screen.findByRole('button', { name: `Encaisser 45,50${NB}€ en espèces` });
    expect(calls).toEqual([
      { action: 'pay', input: { kind: 'CASH', amountCents: 5000, readerId: null, reference: null } },
    ]);
  });

  it('cash: quick amounts are the exact amount and the next notes, each with its change', () => {
    const { region } = panel(saleOf());
    const quick = within(region.getByRole('group', { name: 'Montants rapides' }));
    expect(quick.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Exact',
      `50,00${NB}€`,
      `60,00${NB}€`,
    ]);
    fireEvent.click(quick.getByRole('button', { name: `60,00${NB}€` }));
    expect(region.getByRole('status').textContent).toBe(`Monnaie à rendre : 14,50${NB}€`);
    fireEvent.click(quick.getByRole('button', { name: 'Exact' }));
    expect(region.getByRole('status').textContent).toBe(`Monnaie à rendre : 0,00${NB}€`);
  });

  it('F8 pays the exact amount in cash; nothing is sent while a change is in flight', () => {
    const { handle, calls } = panel(saleOf());
    handle.current?.payExactCash();
    expect(calls).toEqual([
      { action: 'pay', input: { kind: 'CASH', amountCents: 4550, readerId: null, reference: null } },
    ]);
    const busy = panel(saleOf(), { busy: true });
    expect(busy.region.getByRole('button', { name: 'Encaissement…' })).toHaveProperty('disabled', true);
    busy.handle.current?.payExactCash();
    expect(busy.calls).toEqual([]);
  });

  it('gift card: the code is grouped as typed, a typo is caught before the server is asked', async () => {
    const { region, calls } = panel(saleOf());
    fireEvent.click(region.getByRole('button', { name: 'Carte cadeau' }));
    const field = region.getByLabelText('Code de la carte cadeau');
    fireEvent.change(field, { target: { value: 'cadeau2wz8fxqah7' } });
    expect(field).toHaveProperty('value', 'CADE-AU2W-Z8FX-QAH7');
    fireEvent.click(region.getByRole('button', { name: `Encaisser 45,50${NB}€` }));
    await region.findByText('Ce code contient une faute de frappe : vérifiez-le.');
    expect(calls).toEqual([]);

    fireEvent.change(field, { target: { value: 'cade au2w z8fx q7ha' } });
    expect(field).toHaveProperty('value', 'CADE-AU2W-Z8FX-Q7HA');
    expect(region.queryByText('Ce code contient une faute de frappe : vérifiez-le.')).toBeNull();
    fireEvent.click(region.getByRole('button', { name: `Encaisser 45,50${NB}€` }));
    expect(calls).toEqual([
      {
        action: 'pay',
        input: { kind: 'GIFT_CARD', amountCents: 4550, readerId: null, reference: 'CADE-AU2W-Z8FX-Q7HA' },
      },
    ]);
  });

  it('a declined card stays listed and counts for nothing; the other tenders are kept', () => {
    const { region } = panel(
      saleOf({
        paidCents: 2000,
        leftToPayCents: 2550,
        tenders: [
          {
            id: 'x1',
            kind: 'CASH',
            status: 'CONFIRMED',
            amountCents: 2000,
            changeCents: 0,
            terminalCheckoutId: null,
            failureReason: null,
          },
          {
            id: 'x2',
            kind: 'CARD_TERMINAL',
            status: 'DECLINED',
            amountCents: 2550,
            changeCents: 0,
            terminalCheckoutId: 'c1',
            failureReason: 'Carte refusée.',
          },
        ],
      }),
    );
    const list = within(region.getByRole('list', { name: 'Paiements' }));
    expect(list.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Espèces · Payé20,00${NB}€`,
      `Carte (terminal) · Refusé — Carte refusée.25,50${NB}€`,
    ]);
    expect(region.getByTestId('tender-left').textContent).toBe(`Reste à payer25,50${NB}€`);
  });

  it('a card on the reader: its live state, the demo answers, and cancel even with nothing left to pay', async () => {
    const { region, calls } = panel(
      saleOf({
        pendingCents: 4550,
        leftToPayCents: 0,
        tenders: [
          {
            id: 'x3',
            kind: 'CARD_TERMINAL',
            status: 'PENDING',
            amountCents: 4550,
            changeCents: 0,
            terminalCheckoutId: 'c2',
            failureReason: null,
          },
        ],
      }),
    );
    fireEvent.click(region.getByRole('button', { name: 'Carte (terminal)' }));
    expect((await region.findByRole('status')).textContent).toBe(`45,50${NB}€En attente de la carte…`);
    await region.findByRole('button', { name: 'Accepter la carte (démo)' });
    const cancel = region.getByRole('button', { name: 'Annuler sur le terminal' });
    expect(cancel).toHaveProperty('disabled', false);
    fireEvent.click(cancel);
    expect(calls).toEqual([{ action: 'cancelTender', input: 'x3' }]);
  });

  it('the deposit is offered only when the booking has one, for at most what is available', () => {
    expect(panel(saleOf()).region.queryByRole('button', { name: 'Acompte' })).toBeNull();
    const { region } = panel(saleOf({ bookingId: 'b1', depositAvailableCents: 1500 }));
    fireEvent.click(region.getByRole('button', { name: 'Acompte' }));
    expect(region.getByTestId('tender-amount')).toHaveProperty('value', `15,00${NB}€`);
    expect(region.getByRole('button', { name: `Encaisser 15,00${NB}€` })).toBeTruthy();
  });
});
