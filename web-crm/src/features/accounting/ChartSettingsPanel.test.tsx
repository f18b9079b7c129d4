import { fireEvent, screen, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { ChartSettingsPanel } from './ChartSettingsPanel';

const SETTINGS = {
  __typename: 'AccountingSettings',
  accounts: [
    { __typename: 'AccountMapping', key: 'revenue.SERVICE', number: '706', label: 'Prestations de services' },
    { __typename: 'AccountMapping', key: 'vat.2000', number: '445711', label: 'TVA collectée 20 %' },
  ],
  journals: [{ __typename: 'JournalMapping', key: 'sales', code: 'VE', label: 'Ventes' }],
  fiscalYearStartMonth: 1,
  fecEncoding: 'UTF_8',
  depositTreatment: 'ACOMPTE',
  depositVatRateBp: 2000,
};

function setup(role: 'ADMIN' | 'ACCOUNTANT', update?: (op: Operation) => ReturnType<typeof graphqlError>) {
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'AccountingSettings':
        return { data: { accountingSettings: SETTINGS } };
      case 'UpdateAccountingSettings':
        if (update) return update(op);
        return { data: { updateAccountingSettings: SETTINGS } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<ChartSettingsPanel />, { client });
  return { operations };
}

const updates = (operations: Operation[]) =>
  operations
    .filter((o) => operationName(o) === 'UpdateAccountingSettings')
    .map((o) => (o.variables as { input: { accounts: unknown[] } }).input.accounts);

describe('ChartSettingsPanel', () => {
  it('lets an admin renumber an account, and shows the server’s refusal on its field', async () => {
    const { operations } = setup('ADMIN', () =>
      graphqlError('Le numéro de compte doit faire 3 à 16 caractères.', 'BAD_USER_INPUT', {
        fields: [
          { field: 'input.accounts.0.number', message: 'Le numéro de compte doit faire 3 à 16 caractères.' },
        ],
      }),
    );
    const services = await screen.findByRole('region', { name: 'Comptes' });
    expect(within(services).getByText('Ventes : prestations')).toBeInTheDocument();
    const [number] = within(services).getAllByLabelText('N° de compte');
    fireEvent.change(number, { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le plan comptable n’a pas été enregistré.');
    expect(
      within(services).getByText('Le numéro de compte doit faire 3 à 16 caractères.'),
    ).toBeInTheDocument();
    expect(updates(operations)).toEqual([
      [
        { key: 'revenue.SERVICE', number: '70', label: 'Prestations de services' },
        { key: 'vat.2000', number: '445711', label: 'TVA collectée 20 %' },
      ],
    ]);
  });

  it('shows the accountant the chart without a way to change it', async () => {
    setup('ACCOUNTANT');
    expect(
      await screen.findByText('Seul un administrateur peut modifier le plan comptable.'),
    ).toBeInTheDocument();
    const [number] = within(screen.getByRole('region', { name: 'Comptes' })).getAllByLabelText(
      'N° de compte',
    );
    expect(number).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull();
  });
});
