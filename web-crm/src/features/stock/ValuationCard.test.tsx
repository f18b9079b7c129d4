import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { byOperation, fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { ValuationCard } from './ValuationCard';

describe('ValuationCard', () => {
  it('values the stock at the end of a Paris day typed as a French date; an emptied day is asked for', async () => {
    const { client, operations } = fakeClient(
      byOperation({
        StockValuation: () => ({
          data: {
            stockValuation: {
              at: '2026-11-30T22:59:59.999Z',
              totalValueCents: 12_345,
              lines: [
                { quantity: 3, valueCents: 12_345, product: { id: 'p1' } },
                { quantity: 0, valueCents: 0, product: { id: 'p2' } },
              ],
            },
          },
        }),
      }),
    );
    renderWithProviders(<ValuationCard />, { client });

    const day = screen.getByLabelText('Date');
    fireEvent.change(day, { target: { value: '' } });
    fireEvent.blur(day);
    expect(screen.getByText('Choisissez une date valide.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeDisabled();

    fireEvent.change(day, { target: { value: '30/11/2026' } });
    fireEvent.blur(day);
    expect(screen.queryByText('Choisissez une date valide.')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Calculer' }));

    expect(
      await screen.findByText(/^Au 30\/11\/2026 : 123,45\s€ \(1 produit en stock\)$/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(operations.find((o) => operationName(o) === 'StockValuation')?.variables).toEqual({
        at: '2026-11-30T22:59:59.999Z', // midnight in Paris (UTC+1) less a millisecond
      }),
    );
  });

  it('does not value the stock at the last good day while the typed one is not a date', () => {
    const { client } = fakeClient(() => ({ data: null }));
    renderWithProviders(<ValuationCard />, { client });
    const day = screen.getByLabelText('Date');
    fireEvent.change(day, { target: { value: '31/02/2027' } });
    fireEvent.blur(day);
    expect(screen.getByText('Date invalide : jj/mm/aaaa.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeDisabled();
    const exports = within(screen.getByRole('group', { name: 'Exporter la valeur à cette date' }));
    expect(exports.getByRole('button', { name: 'Excel' })).toBeDisabled();

    fireEvent.change(day, { target: { value: '28/02/2027' } });
    fireEvent.blur(day);
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeEnabled();
  });

  it.each([
    [0, '0 produit'],
    [1, '1 produit'],
    [2, '2 produits'],
  ])('counts %i product(s) in stock in French: « %s »', async (inStock, words) => {
    const lines = Array.from({ length: inStock }, (_, i) => ({
      quantity: 1,
      valueCents: 500,
      product: { id: `p${i}` },
    }));
    const { client } = fakeClient(
      byOperation({
        StockValuation: () => ({
          data: {
            stockValuation: { at: '2026-11-30T22:59:59.999Z', totalValueCents: 500 * inStock, lines },
          },
        }),
      }),
    );
    renderWithProviders(<ValuationCard />, { client });
    const day = screen.getByLabelText('Date');
    fireEvent.change(day, { target: { value: '30/11/2026' } });
    fireEvent.blur(day);
    fireEvent.click(screen.getByRole('button', { name: 'Calculer' }));
    expect(await screen.findByText(new RegExp(`\\(${words} en stock\\)$`))).toBeInTheDocument();
  });
});
