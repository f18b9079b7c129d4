import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { byOperation, fakeClient } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { ClientLoyalty } from './ClientLoyalty';
import { ClientPicker } from './ClientPicker';
import { checkoutOf, saleOf } from './testing';

const ACCOUNT = {
  loyaltyAccount: {
    __typename: 'LoyaltyAccount',
    clientId: 'c1',
    balance: 620,
    tierName: 'Argent',
    availableRewards: [
      {
        __typename: 'LoyaltyReward',
        code: 'BON-10',
        name: '10 € offerts',
        points: 500,
        kind: 'AMOUNT_OFF',
        amountCents: 1000,
      },
    ],
  },
};

describe('ClientLoyalty', () => {
  it('shows the points and puts a reward on the ticket only once the client’s consent is ticked', async () => {
    const { client } = fakeClient(byOperation({ CheckoutLoyalty: () => ({ data: ACCOUNT }) }));
    const checkout = checkoutOf(saleOf({ clientId: 'c1' }));
    renderWithProviders(<ClientLoyalty clientId="c1" checkout={checkout.state} />, { client });

    expect(await screen.findByText('620 points · palier Argent')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '10 € offerts (500 pts)' }));
    const dialog = within(screen.getByRole('dialog'));
    expect(dialog.getByText('« 10 € offerts » sera déduit du ticket contre 500 points.')).toBeInTheDocument();
    const add = dialog.getByRole('button', { name: 'Ajouter au ticket' });
    expect(add).toBeDisabled();
    fireEvent.click(dialog.getByLabelText('La cliente accepte d’utiliser ses points.'));
    fireEvent.click(add);
    await waitFor(() => expect(checkout.calls).toEqual([{ action: 'redeemReward', input: 'BON-10' }]));
  });
});

describe('ClientLoyalty on a ticket below the reward', () => {
  it.each([
    ['an empty ticket', 0],
    ['a 3,50 € ticket', 350],
  ])('does not offer 10 € off on %s and says why', async (_name, totalInclCents) => {
    const { client } = fakeClient(byOperation({ CheckoutLoyalty: () => ({ data: ACCOUNT }) }));
    const checkout = checkoutOf(saleOf({ clientId: 'c1', totalInclCents }));
    renderWithProviders(<ClientLoyalty clientId="c1" checkout={checkout.state} />, { client });

    const button = await screen.findByRole('button', { name: '10 € offerts (500 pts)' });
    expect(button).toBeDisabled();
    // Intl writes amounts with a no-break space.
    expect(button.getAttribute('aria-describedby')).not.toBeNull();
    expect(
      document
        .getElementById(button.getAttribute('aria-describedby') ?? '')
        ?.textContent?.replace(/\s/g, ' '),
    ).toBe(
      '« 10 € offerts » s’utilise sur un ticket d’au moins 10,00 € : ajoutez d’abord ce qu’elle vient réduire.',
    );
    expect(checkout.calls).toEqual([]);
  });
});

describe('ClientPicker with a loyalty card', () => {
  it('attaches the client of a scanned card token; an unknown card is told on the field', async () => {
    const token = '0123456789abcdef0123456789abcdef';
    const { client } = fakeClient(
      byOperation({
        CheckoutLoyaltyCardClient: (op) =>
          (op.variables as { token: string }).token === token
            ? {
                data: {
                  loyaltyCardClient: {
                    __typename: 'LoyaltyCardClient',
                    clientId: 'c7',
                    firstName: 'Jade',
                    lastName: 'Martin',
                  },
                },
              }
            : { errors: [{ message: 'Carte de fidélité inconnue.', extensions: { code: 'NOT_FOUND' } }] },
      }),
    );
    const checkout = checkoutOf(saleOf({ clientId: null }));
    renderWithProviders(<ClientPicker checkout={checkout.state} inputRef={{ current: null }} />, { client });
    const field = screen.getByRole('combobox');
    fireEvent.change(field, { target: { value: 'f'.repeat(32) } });
    expect(await screen.findByText('Carte de fidélité inconnue.')).toBeInTheDocument();
    fireEvent.change(field, { target: { value: token } });
    await waitFor(() => expect(checkout.calls).toEqual([{ action: 'setClient', input: 'c7' }]));
  });
});
