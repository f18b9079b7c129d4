import { screen } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { CountPage } from './CountPage';

const openCount = {
  __typename: 'InventoryCount',
  id: 'ic1',
  category: null,
  countedLines: 0,
  totalLines: 1,
  differenceValueCents: 0,
  lines: [
    {
      __typename: 'InventoryCountLine',
      countedQuantity: null,
      expectedQuantity: 4,
      difference: null,
      product: {
        __typename: 'Product',
        id: 'p1',
        name: 'Sérum éclat',
        brand: 'Azur',
        barcode: '3760000000017',
        quantity: 4,
        unit: 'PIECE',
      },
    },
  ],
};

function setup(role: 'ADMIN' | 'STAFF', count: typeof openCount | null) {
  const { client } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'CurrentInventoryCount':
        return { data: { currentInventoryCount: count } };
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<CountPage />, { client, route: '/stock/inventaire' });
}

describe('CountPage', () => {
  it('lets an admin start a count', async () => {
    setup('ADMIN', null);
    expect(await screen.findByRole('button', { name: 'Commencer un inventaire' })).toBeEnabled();
    expect(screen.queryByText(/Seule l’administration/)).not.toBeInTheDocument();
  });

  it('tells staff that only the administration starts a count', async () => {
    setup('STAFF', null);
    expect(await screen.findByText(/Seule l’administration peut commencer/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Commencer un inventaire' })).not.toBeInTheDocument();
  });

  it('lets staff count an open count, and only an admin close it', async () => {
    setup('STAFF', openCount);
    expect(await screen.findByText('Sérum éclat')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clôturer l’inventaire' })).not.toBeInTheDocument();
  });

  it('offers an admin to close the open count', async () => {
    setup('ADMIN', openCount);
    expect(await screen.findByRole('button', { name: 'Clôturer l’inventaire' })).toBeEnabled();
  });
});
