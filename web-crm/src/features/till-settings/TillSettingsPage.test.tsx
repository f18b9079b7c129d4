import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { TillSettingsPage } from './TillSettingsPage';

const RULES = { __typename: 'SaleSettings', staffMaxDiscountBp: 2000, staffMaxCreditNoteCents: 5000 };

function setup(
  role: 'ADMIN' | 'STAFF' | 'ACCOUNTANT' = 'ADMIN',
  update?: (op: Operation) => ReturnType<typeof graphqlError>,
) {
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'SaleSettings':
        return { data: { saleSettings: RULES } };
      case 'UpdateSaleSettings':
        if (update) return update(op);
        return { data: { updateSaleSettings: { ...RULES, ...(op.variables as { input: object }).input } } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<TillSettingsPage />, { client });
  return { operations };
}

const updates = (operations: Operation[]) =>
  operations.filter((o) => operationName(o) === 'UpdateSaleSettings').map((o) => o.variables);

describe('TillSettingsPage', () => {
  it('shows the rules in percent and euros and saves them in the API’s units', async () => {
    const { operations } = setup();
    const discount = await screen.findByLabelText('Remise maximale de l’équipe');
    expect(discount).toHaveValue('20');
    const creditNote = screen.getByLabelText('Avoir maximal de l’équipe');
    expect(creditNote).toHaveValue('50,00');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    fireEvent.change(discount, { target: { value: '12,5' } });
    fireEvent.change(creditNote, { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Règles de caisse enregistrées.')).toBeInTheDocument();
    expect(updates(operations)).toEqual([
      { input: { staffMaxDiscountBp: 1250, staffMaxCreditNoteCents: 8000 } },
    ]);
    expect(screen.getByLabelText('Remise maximale de l’équipe')).toHaveValue('12,5');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('refuses out-of-range values by field in French, like the server, without sending them', async () => {
    const { operations } = setup();
    fireEvent.change(await screen.findByLabelText('Remise maximale de l’équipe'), {
      target: { value: '120' },
    });
    fireEvent.change(screen.getByLabelText('Avoir maximal de l’équipe'), { target: { value: '-3' } });
    expect(screen.getByText('La remise maximale ne peut pas dépasser 100 %.')).toBeInTheDocument();
    expect(screen.getByText('Le plafond des avoirs ne peut pas être négatif.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    expect(updates(operations)).toEqual([]);
  });

  it('puts the server’s field error under its field', async () => {
    setup('ADMIN', () =>
      graphqlError('Le plafond des avoirs ne peut pas dépasser 100 000 €.', 'BAD_USER_INPUT', {
        fields: [
          {
            field: 'input.staffMaxCreditNoteCents',
            message: 'Le plafond des avoirs ne peut pas dépasser 100 000 €.',
          },
        ],
      }),
    );
    fireEvent.change(await screen.findByLabelText('Avoir maximal de l’équipe'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Avoir maximal de l’équipe')).toHaveAccessibleDescription(
        'Le plafond des avoirs ne peut pas dépasser 100 000 €.',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Les règles n’ont pas été enregistrées.');
  });

  it.each(['STAFF', 'ACCOUNTANT'] as const)('is for admins only (%s)', async (role) => {
    const { operations } = setup(role);
    expect(await screen.findByText('Cette page est réservée aux administrateurs.')).toBeInTheDocument();
    expect(operations.some((o) => operationName(o) === 'SaleSettings')).toBe(false);
  });
});
