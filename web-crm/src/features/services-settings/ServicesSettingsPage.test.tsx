import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { ServicesSettingsPage } from './ServicesSettingsPage';

const service = (id: string, categoryId: string, name: string, position: number) => ({
  __typename: 'Service',
  id,
  categoryId,
  name,
  description: null,
  durationMinutes: 60,
  priceCents: 6500,
  vatRateBp: 2000,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  depositKind: 'PERCENT',
  depositValue: 3000,
  depositCents: 1950,
  cabinTypeId: null,
  onlineBookable: true,
  active: true,
  position,
});

const CATEGORIES = [
  {
    __typename: 'ServiceCategory',
    id: 'c1',
    name: 'Visage',
    description: null,
    color: '#aa6677',
    position: 0,
    active: true,
    services: [service('s1', 'c1', 'Soin éclat', 0), service('s2', 'c1', 'Soin hydratant', 1)],
  },
  {
    __typename: 'ServiceCategory',
    id: 'c2',
    name: 'Épilation',
    description: null,
    color: '#667788',
    position: 1,
    active: true,
    services: [],
  },
];

function setup(role: 'ADMIN' | 'STAFF' = 'ADMIN') {
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'MyPermissions':
        return permissionsResult(role);
      case 'ServicesSettings':
        return { data: { serviceCategories: CATEGORIES, cabinTypes: [] } };
      case 'ReorderServices':
        return { data: { reorderServices: CATEGORIES[0] } };
      case 'UpsertService':
        return graphqlError('Une prestation porte déjà ce nom.', 'BAD_USER_INPUT', {
          fields: [{ field: 'input.priceCents', message: 'Le prix est trop élevé.' }],
        });
      case 'DeleteServiceCategory':
        return graphqlError('Cette catégorie contient encore une prestation.', 'BAD_USER_INPUT', {
          fields: [{ field: 'id', message: 'Cette catégorie contient encore une prestation.' }],
        });
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<ServicesSettingsPage />, { client, route: '/reglages/prestations' });
  return operations;
}

describe('ServicesSettingsPage', () => {
  it('lists categories with their services, prices in euros, deposit and VAT', async () => {
    setup();
    const visage = await screen.findByRole('region', { name: 'Visage' });
    const rows = within(within(visage).getByRole('list', { name: 'Prestations de Visage' })).getAllByRole(
      'listitem',
    );
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['Soin éclat', 'Soin hydratant']);
    expect(rows[0]).toHaveTextContent('1 h · 65,00 € · TVA 20 % · Acompte 19,50 € · Remise en état 10 min');
    expect(
      within(screen.getByRole('region', { name: 'Épilation' })).getByText(
        'Aucune prestation dans cette catégorie.',
      ),
    );
  });

  it('moves a service down with the keyboard-reachable button: one reorder with the new order', async () => {
    const operations = setup();
    const button = await screen.findByRole('button', { name: 'Descendre Soin éclat' });
    expect(screen.getByRole('button', { name: 'Monter Soin éclat' })).toBeDisabled();
    fireEvent.click(button);
    await waitFor(() => expect(operations.map(operationName)).toContain('ReorderServices'));
    expect(operations.find((o) => operationName(o) === 'ReorderServices')!.variables).toEqual({
      input: { categoryId: 'c1', serviceIds: ['s2', 's1'] },
    });
  });

  it('checks the service form like the server, in French on the field, then shows the server’s own', async () => {
    const operations = setup();
    await screen.findByRole('region', { name: 'Visage' });
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle prestation' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Soin lumière' } });
    fireEvent.change(within(dialog).getByLabelText(/^Prix TTC/), { target: { value: '45,5,0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer' }));
    expect(
      await within(dialog).findByText(
        'Le prix s’écrit en euros, avec au plus deux décimales (par exemple 22,50).',
      ),
    ).toBeInTheDocument();
    expect(operations.map(operationName)).not.toContain('UpsertService');

    fireEvent.change(within(dialog).getByLabelText(/^Prix TTC/), { target: { value: '45,50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer' }));
    expect(await within(dialog).findByText('Le prix est trop élevé.')).toBeInTheDocument();
    const sent = operations.find((o) => operationName(o) === 'UpsertService')!.variables as {
      input: Record<string, unknown>;
    };
    expect(sent.input).toMatchObject({ categoryId: 'c1', name: 'Soin lumière', priceCents: 4550 });
  });

  it('shows the server’s French refusal to delete a category that still has services', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer Visage' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    expect(
      await within(dialog).findByText('Cette catégorie contient encore une prestation.'),
    ).toBeInTheDocument();
  });

  it('offers staff nothing to change (the server would refuse)', async () => {
    const operations = setup('STAFF');
    expect(
      await screen.findByText('Seul un administrateur peut modifier les prestations.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nouvelle prestation' })).toBeNull();
    expect(operations.map(operationName)).not.toContain('ServicesSettings');
  });
});
