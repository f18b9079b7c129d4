import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import type { StockProductFieldsFragment } from '../../gql/graphql';
import { ProductDialog } from './ProductDialog';

const serum: StockProductFieldsFragment = {
  id: 'p1',
  name: 'Sérum éclat',
  brand: 'Maison Lys',
  category: 'Visage',
  barcode: '3760000000017',
  kind: 'RETAIL',
  unit: 'PIECE',
  content: '30 ml',
  quantity: 4,
  threshold: 3,
  averageCostCents: 1250,
  stockValueCents: 5000,
  priceCents: 3490,
  costCents: 1250,
  lowStock: false,
  vatRateBp: 2000,
  reorderTarget: 10,
  active: true,
  photoUrl: 'https://photos.serenaia.test/serum.jpg',
  supplier: { id: 's1', name: 'Maison Lys Cosmétiques' },
};

interface Input {
  [key: string]: unknown;
  barcode: string | null;
}

function setup(product: StockProductFieldsFragment | null) {
  const onSaved = jest.fn<(saved: StockProductFieldsFragment) => void>();
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult('ADMIN');
      case 'MyPermissions':
        return permissionsResult('ADMIN');
      case 'Suppliers':
        return {
          data: {
            suppliers: [{ __typename: 'Supplier', id: 's1', name: 'Maison Lys Cosmétiques', active: true }],
          },
        };
      case 'UpsertProduct': {
        const input = (op.variables as { input: Input }).input;
        if (input.barcode === '3760000000018')
          return graphqlError(
            'Le code-barres 3760000000018 n’est pas valide (chiffre de contrôle).',
            'BAD_USER_INPUT',
            {
              fields: [
                {
                  field: 'input.barcode',
                  message: 'Le code-barres 3760000000018 n’est pas valide (chiffre de contrôle).',
                },
              ],
            },
          );
        return { data: { upsertProduct: { ...serum, ...input, id: input.id ?? 'p-new', supplier: null } } };
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<ProductDialog product={product} onClose={() => undefined} onSaved={onSaved} />, {
    client,
  });
  const upserts = () =>
    operations
      .filter((o) => operationName(o) === 'UpsertProduct')
      .map((o) => (o.variables as { input: Input }).input);
  return { onSaved, upserts };
}

describe('ProductDialog', () => {
  it('creates a product with prices typed in euros with a comma, and checks them first', async () => {
    const { onSaved, upserts } = setup(null);
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau produit' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Baume lèvres' } });
    fireEvent.change(within(dialog).getByLabelText(/^Prix de vente TTC/), { target: { value: '12,5 €€' } });
    fireEvent.change(within(dialog).getByLabelText('Seuil d’alerte'), { target: { value: '-1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('Saisissez un montant en euros, par exemple 12,50.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Prix de vente TTC/)).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(dialog).getByText('Saisissez un nombre entier positif ou laissez vide.'),
    ).toBeInTheDocument();
    expect(upserts()).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^Prix de vente TTC/), { target: { value: '12,50 €' } });
    fireEvent.change(within(dialog).getByLabelText(/^Coût d’achat/), { target: { value: '4,2' } });
    fireEvent.change(within(dialog).getByLabelText('Seuil d’alerte'), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('Stock visé au réassort'), { target: { value: '8' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(upserts()[0]).not.toHaveProperty('id');
    expect(upserts()[0]).toMatchObject({
      name: 'Baume lèvres',
      priceCents: 1250,
      costCents: 420,
      vatRateBp: 2000,
      threshold: 2,
      reorderTarget: 8,
      barcode: null,
      active: true,
    });
  });

  it('edits a product: keeps what the form does not show, and puts the EAN refusal on its field', async () => {
    const { onSaved, upserts } = setup(serum);
    const dialog = await screen.findByRole('dialog', { name: 'Modifier « Sérum éclat »' });
    expect(within(dialog).getByLabelText(/^Prix de vente TTC/)).toHaveValue('34,90');
    expect(within(dialog).getByLabelText('Stock visé au réassort')).toHaveValue('10');
    const barcode = within(dialog).getByLabelText('Code-barres (EAN-13)');
    fireEvent.change(barcode, { target: { value: '376000000001' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Le code-barres EAN-13 compte 13 chiffres.')).toBeInTheDocument();
    expect(upserts()).toHaveLength(0);

    fireEvent.change(barcode, { target: { value: '3760000000018' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('Le code-barres 3760000000018 n’est pas valide (chiffre de contrôle).'),
    ).toBeInTheDocument();
    expect(barcode).toHaveAttribute('aria-invalid', 'true');
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.change(barcode, { target: { value: '3760000000017' } });
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Produit actif' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(upserts()[1]).toEqual({
      id: 'p1',
      name: 'Sérum éclat',
      brand: 'Maison Lys',
      category: 'Visage',
      content: '30 ml',
      barcode: '3760000000017',
      kind: 'RETAIL',
      unit: 'PIECE',
      priceCents: 3490,
      vatRateBp: 2000,
      costCents: 1250,
      supplierId: 's1',
      threshold: 3,
      reorderTarget: 10,
      photoUrl: 'https://photos.serenaia.test/serum.jpg',
      active: false,
    });
  });
});
