import { screen, within } from '@testing-library/react';
import { fakeClient } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { CartTotals } from './CartTotals';
import { saleOf } from './testing';

const NB = '\u00a0';

describe('CartTotals', () => {
  const { client } = fakeClient(() => ({ data: null }));

  it('shows the total and what is left to pay, without discount rows when there is none', () => {
    renderWithProviders(<CartTotals sale={saleOf()} />, { client });
    expect(screen.getByTestId('total').textContent).toBe(`Total TTC45,50${NB}€`);
    expect(screen.getByTestId('left-to-pay').textContent).toBe(`Reste à payer45,50${NB}€`);
    expect(screen.queryByText('Remises')).toBeNull();
    expect(screen.queryByText('Déjà payé')).toBeNull();
  });

  it('shows the subtotal before discounts, the discounts, what is paid and what is on the reader', () => {
    renderWithProviders(
      <CartTotals
        sale={saleOf({
          totalInclCents: 9000,
          discountCents: 1000,
          paidCents: 2000,
          pendingCents: 5000,
          leftToPayCents: 2000,
        })}
      />,
      { client },
    );
    const rows = within(screen.getByLabelText('Total TTC'));
    expect(rows.getByText('Sous-total').nextSibling?.textContent).toBe(`100,00${NB}€`);
    expect(rows.getByText('Remises').nextSibling?.textContent).toBe(`-10,00${NB}€`);
    expect(rows.getByText('Déjà payé').nextSibling?.textContent).toBe(`20,00${NB}€`);
    expect(rows.getByText('En attente sur le terminal').nextSibling?.textContent).toBe(`50,00${NB}€`);
    expect(screen.getByTestId('left-to-pay').textContent).toBe(`Reste à payer20,00${NB}€`);
  });
});
