import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { Route, Routes } from 'react-router-dom';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { SupplierPage } from './SupplierPage';

const lys = {
  __typename: 'Supplier',
  id: 's1',
  name: 'Maison Lys',
  contactName: 'Hélène Dupuis',
  email: 'commandes@lys.test',
  phone: '04 72 00 11 22',
  notes: null,
  active: true,
};

const product = (id: string, name: string, unit: string, quantity: number) => ({
  __typename: 'Product',
  id,
  name,
  brand: 'Maison Lys',
  content: null,
  unit,
  quantity,
  lowStock: false,
  active: true,
  stockValueCents: 1000,
});

const sentOrder = {
  __typename: 'PurchaseOrder',
  id: 'o1',
  reference: 'BC-0007',
  status: 'SENT',
  notes: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  sentAt: '2026-12-01T10:00:00.000Z',
  totalCents: 12000,
  supplier: { __typename: 'Supplier', id: 's1', name: 'Maison Lys', email: 'commandes@lys.test' },
  lines: [
    {
      __typename: 'PurchaseOrderLine',
      id: 'l1',
      quantityOrdered: 6,
      quantityReceived: 0,
      unitCostCents: 1000,
      product: { __typename: 'Product', id: 'p1', name: 'Crème', brand: null, unit: 'PIECE', quantity: 2 },
    },
    {
      __typename: 'PurchaseOrderLine',
      id: 'l2',
      quantityOrdered: 1000,
      quantityReceived: 0,
      unitCostCents: 6,
      product: { __typename: 'Product', id: 'p2', name: 'Huile', brand: null, unit: 'ML', quantity: 500 },
    },
  ],
};

function setup(role: 'ADMIN' | 'STAFF') {
  const upserts: Record<string, unknown>[] = [];
  const { client } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'Suppliers':
        return { data: { suppliers: [lys] } };
      case 'SupplierProducts':
        return {
          data: {
            products: {
              __typename: 'ProductPage',
              total: 2,
              items: [product('p1', 'Crème', 'PIECE', 2), product('p2', 'Huile', 'ML', 500)],
            },
          },
        };
      case 'PurchaseOrders':
        return { data: { purchaseOrders: [sentOrder] } };
      case 'UpsertSupplier': {
        const input = (op.variables as { input: Record<string, unknown> }).input;
        upserts.push(input);
        return graphqlError('Un fournisseur porte déjà ce nom.', 'CONFLICT', { field: 'name' });
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(
    <Routes>
      <Route path="/stock/fournisseurs/:id" element={<SupplierPage />} />
    </Routes>,
    { client, route: '/stock/fournisseurs/s1' },
  );
  return { upserts };
}

describe('SupplierPage', () => {
  it('shows the contact details, the products in their units and the orders without summing units', async () => {
    setup('ADMIN');
    const contact = await screen.findByRole('region', { name: 'Coordonnées' });
    expect(within(contact).getByRole('link', { name: 'commandes@lys.test' })).toHaveAttribute(
      'href',
      'mailto:commandes@lys.test',
    );
    expect(within(contact).getByRole('link', { name: '04 72 00 11 22' })).toHaveAttribute(
      'href',
      'tel:+33472001122',
    );
    const products = screen.getByRole('region', { name: 'Produits' });
    expect(await within(products).findByRole('link', { name: 'Huile' })).toHaveAttribute(
      'href',
      '/stock?produit=p2',
    );
    expect(products).toHaveTextContent('500 ml');
    const order = await screen.findByRole('listitem', { name: 'BC-0007' });
    expect(order).toHaveTextContent('120,00 € · 0 / 2 lignes reçues');
    expect(order).toHaveTextContent('Crème × 6 u., Huile × 1000 ml');
    expect(within(order).getByRole('button', { name: 'Annuler la commande' })).toBeInTheDocument();
  });

  it('puts a name conflict on the name field when an admin edits the supplier', async () => {
    const { upserts } = setup('ADMIN');
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier « Maison Lys »' });
    const email = within(dialog).getByLabelText('E-mail (reçoit les bons de commande)');
    fireEvent.change(email, { target: { value: 'pas-un-mail' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Adresse e-mail invalide.')).toBeInTheDocument();
    expect(upserts).toHaveLength(0);
    fireEvent.change(email, { target: { value: 'achats@lys.test' } });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Dermapro' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Un fournisseur porte déjà ce nom.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Nom/)).toHaveAttribute('aria-invalid', 'true');
    expect(upserts[0]).toMatchObject({ id: 's1', name: 'Dermapro', email: 'achats@lys.test' });
  });

  it('lets the staff read the supplier but neither edit it nor cancel its orders', async () => {
    setup('STAFF');
    const order = await screen.findByRole('listitem', { name: 'BC-0007' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Coordonnées' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument();
    for (const name of ['Renvoyer', 'Annuler la commande'])
      expect(within(order).queryByRole('button', { name })).not.toBeInTheDocument();
  });
});
