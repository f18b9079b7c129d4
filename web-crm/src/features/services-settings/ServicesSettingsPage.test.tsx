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
        if ((op.variables as { input: { id?: string } }).input.id === 's1')
          return { data: { upsertService: CATEGORIES[0].services[0] } };
        return graphqlError('Une prestation porte déjà ce nom.', 'BAD_USER_INPUT', {
          fields: [{ field: 'input.priceCents', message: 'Le prix est trop élevé.' }],
        });
      case 'CabinConsumption':
        return {
          data: {
            products: {
              items: [
                {
                  __typename: 'Product',
                  id: 'p1',
                  name: 'Sérum éclat pro',
                  brand: 'Azur',
                  kind: 'PROFESSIONAL',
                  unit: 'ML',
                },
                {
                  __typename: 'Product',
                  id: 'p2',
                  name: 'Crème de jour',
                  brand: null,
                  kind: 'RETAIL',
                  unit: 'PIECE',
                },
                {
                  __typename: 'Product',
                  id: 'p3',
                  name: 'Masque argile',
                  brand: null,
                  kind: 'BOTH',
                  unit: 'G',
                },
              ],
            },
            serviceConsumption: [
              { __typename: 'ServiceConsumption', quantity: 5, product: { __typename: 'Product', id: 'p1' } },
            ],
          },
        };
      case 'SetServiceConsumption':
        return { data: { setServiceConsumption: [] } };
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

  it('edits what a service uses in the cabin: professional products only, whole quantities, saved with the service', async () => {
    const operations = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier Soin éclat' }));
    const dialog = await screen.findByRole('dialog');
    const quantities = await within(dialog).findAllByLabelText('Quantité');
    expect(quantities.map((q) => (q as HTMLInputElement).value)).toEqual(['5']);
    expect(within(dialog).getByText('ml')).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter un produit' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    // The new line starts on the first professional product, already listed, with no quantity.
    expect(await within(dialog).findByText('Ce produit est déjà dans la liste.')).toBeInTheDocument();
    expect(operations.map(operationName)).not.toContain('UpsertService');

    fireEvent.mouseDown(within(dialog).getAllByRole('combobox', { name: 'Produit' })[1]);
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Sérum éclat pro · Azur', 'Masque argile']);
    fireEvent.click(options[1]);
    fireEvent.change(within(dialog).getAllByLabelText('Quantité')[1], { target: { value: '2,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Saisissez un nombre entier supérieur à 0.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getAllByLabelText('Quantité')[1], { target: { value: '30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(operations.map(operationName)).toContain('SetServiceConsumption'));
    expect(operations.find((o) => operationName(o) === 'SetServiceConsumption')!.variables).toEqual({
      input: {
        serviceId: 's1',
        items: [
          { productId: 'p1', quantity: 5 },
          { productId: 'p3', quantity: 30 },
        ],
      },
    });
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
