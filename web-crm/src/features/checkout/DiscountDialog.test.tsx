import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeClient } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { DiscountDialog } from './DiscountDialog';

describe('DiscountDialog', () => {
  const { client } = fakeClient(() => ({ data: null }));

  function open(error: string | null, answer: boolean) {
    const applied: [string, number, string][] = [];
    let closed = 0;
    renderWithProviders(
      <DiscountDialog
        title="Remise sur le ticket"
        hasDiscount={false}
        error={error}
        onApply={(kind, value, reason) => {
          applied.push([kind, value, reason]);
          return Promise.resolve(answer);
        }}
        onClose={() => (closed += 1)}
      />,
      { client },
    );
    return { applied, closed: () => closed, dialog: within(screen.getByRole('dialog')) };
  }

  it('sends a percent in basis points with its reason, and closes once applied', async () => {
    const { applied, closed, dialog } = open(null, true);
    fireEvent.change(dialog.getByLabelText('Remise (%)'), { target: { value: '12,5' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Fidélité' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Appliquer' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect(applied).toEqual([['PERCENT', 1250, 'Fidélité']]);
  });

  it('refuses an empty value on its field, sends nothing', () => {
    const { applied, dialog } = open(null, true);
    fireEvent.click(dialog.getByRole('button', { name: 'Montant' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Appliquer' }));
    expect(dialog.getByText('Saisissez une valeur supérieure à 0, par exemple 10 ou 5,50.')).toBeTruthy();
    expect(applied).toEqual([]);
  });

  it('shows the server’s French refusal and stays open', () => {
    const { closed, dialog } = open('Une remise de plus de 20 % est réservée à un administrateur.', false);
    expect(dialog.getByRole('alert').textContent).toBe(
      'Une remise de plus de 20 % est réservée à un administrateur.',
    );
    expect(closed()).toBe(0);
  });
});
