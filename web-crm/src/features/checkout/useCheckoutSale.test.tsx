import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { saleOf } from './testing';
import { useCheckoutSale, type CheckoutSale } from './useCheckoutSale';

/** The till's ticket and two changes asked back to back, as a scan right after a click does. */
function Harness() {
  const checkout = useCheckoutSale('t1');
  return (
    <>
      <p data-testid="ticket">
        {checkout.sale === null
          ? 'aucun ticket'
          : `${checkout.sale.id}: ${checkout.sale.lines.map((l) => l.label).join(', ')} / client ${
              checkout.sale.clientId ?? 'aucun'
            }`}
      </p>
      <p data-testid="busy">{checkout.busy ? 'occupé' : 'libre'}</p>
      <button
        type="button"
        onClick={() => {
          void checkout.addLine({ kind: 'PRODUCT', productId: 'p1', quantity: 1 });
          void checkout.setClient('c-alice');
        }}
      >
        Produit puis carte
      </button>
      <button
        type="button"
        onClick={() => {
          void checkout.addLine({ kind: 'PRODUCT', productId: 'p1', quantity: 1 });
          void checkout.addLine({ kind: 'PRODUCT', productId: 'p2', quantity: 1 });
        }}
      >
        Deux produits
      </button>
    </>
  );
}

const PRODUCTS: Record<string, string> = { p1: 'Crème de jour', p2: 'Huile sèche' };

/** A fake server keeping the tickets it opened; the live subscription sends nothing. */
function server() {
  const tickets = new Map<string, CheckoutSale>();
  let opened = 0;
  const answer = (field: string, sale: CheckoutSale): ExecutionResult => {
    tickets.set(sale.id, sale);
    return { data: { [field]: sale } };
  };
  const input = (op: Operation) => (op.variables as { input: Record<string, string> }).input;
  const { client, operations } = fakeClient((op): ExecutionResult | Promise<ExecutionResult> => {
    switch (operationName(op)) {
      case 'CheckoutSaleUpdated':
        return new Promise<ExecutionResult>(() => undefined);
      case 'CheckoutSale':
        return { data: { sale: tickets.get((op.variables as { id: string }).id) ?? null } };
      case 'CheckoutOpenSale':
        opened += 1;
        return answer('openSale', saleOf({ id: `s${opened}`, lines: [], totalInclCents: 0 }));
      case 'CheckoutAddSaleLine': {
        const { saleId, productId } = input(op);
        const sale = tickets.get(saleId)!;
        const line = {
          ...saleOf().lines[0],
          id: `l${sale.lines.length + 1}`,
          productId,
          label: PRODUCTS[productId],
        };
        return answer('addSaleLine', { ...sale, lines: [...sale.lines, line] });
      }
      case 'CheckoutSetSaleClient': {
        const { saleId, clientId } = input(op);
        return answer('setSaleClient', { ...tickets.get(saleId)!, clientId });
      }
      default:
        throw new Error(`Unexpected operation ${operationName(op)}`);
    }
  });
  const mutations = () =>
    operations
      .filter((op) => op.kind === 'mutation')
      .map((op) => `${operationName(op)} ${JSON.stringify(input(op))}`);
  return { client, mutations };
}

describe('the till’s changes', () => {
  it('applies a card scanned while a line is being added, after it and on the same ticket', async () => {
    const { client, mutations } = server();
    renderWithProviders(<Harness />, { client });

    fireEvent.click(screen.getByRole('button', { name: 'Produit puis carte' }));

    await waitFor(() =>
      expect(screen.getByTestId('ticket')).toHaveTextContent('s1: Crème de jour / client c-alice'),
    );
    await waitFor(() => expect(screen.getByTestId('busy')).toHaveTextContent('libre'));
    expect(mutations()).toEqual([
      'CheckoutOpenSale {"tillId":"t1"}',
      'CheckoutAddSaleLine {"kind":"PRODUCT","productId":"p1","quantity":1,"saleId":"s1"}',
      'CheckoutSetSaleClient {"saleId":"s1","clientId":"c-alice"}',
    ]);
  });

  it('puts two lines asked back to back on one ticket, opened once', async () => {
    const { client, mutations } = server();
    renderWithProviders(<Harness />, { client });

    fireEvent.click(screen.getByRole('button', { name: 'Deux produits' }));

    await waitFor(() =>
      expect(screen.getByTestId('ticket')).toHaveTextContent('s1: Crème de jour, Huile sèche / client aucun'),
    );
    await waitFor(() => expect(screen.getByTestId('busy')).toHaveTextContent('libre'));
    expect(mutations()).toEqual([
      'CheckoutOpenSale {"tillId":"t1"}',
      'CheckoutAddSaleLine {"kind":"PRODUCT","productId":"p1","quantity":1,"saleId":"s1"}',
      'CheckoutAddSaleLine {"kind":"PRODUCT","productId":"p2","quantity":1,"saleId":"s1"}',
    ]);
  });
});
