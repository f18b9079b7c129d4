import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { OrdersPage } from './OrdersPage';

const supplier = (id: string, name: string) => ({
  __typename: 'Supplier',
  id,
  name,
  email: `${id}@fournisseur.test`,
});
const labo = supplier('s1', 'Laboratoire Azur');
const huiles = supplier('s2', 'Huilerie du Sud');

const product = (id: string, name: string, quantity: number, sup: ReturnType<typeof supplier> | null) => ({
  __typename: 'Product',
  id,
  name,
  brand: 'Azur',
  unit: 'PIECE',
  quantity,
  threshold: 3,
  costCents: 1200,
  supplier: sup,
});

const suggestion = (p: ReturnType<typeof product>, suggestedQuantity: number) => ({
  __typename: 'ReorderSuggestion',
  suggestedQuantity,
  target: 10,
  onOrder: 0,
  product: p,
});

interface Line {
  productId: string;
  quantity: number;
}

function setup(role: 'ADMIN' | 'STAFF') {
  const serum = product('p1', 'Sérum éclat', 2, labo);
  const creme = product('p2', 'Crème riche', 1, labo);
  const huile = product('p3', 'Huile sèche', 0, huiles);
  const orphan = product('p4', 'Gommage', 0, null);
  const state = {
    suggestions: [suggestion(serum, 8), suggestion(creme, 9), suggestion(huile, 10), suggestion(orphan, 10)],
    orders: [] as Record<string, unknown>[],
  };
  const order = (id: string, supplierRef: typeof labo, lines: Line[]) => ({
    __typename: 'PurchaseOrder',
    id,
    reference: `BC-2026-00${id}`,
    status: 'DRAFT',
    notes: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    sentAt: null,
    totalCents: lines.reduce((s, l) => s + l.quantity * 1200, 0),
    supplier: supplierRef,
    lines: lines.map((l, i) => ({
      __typename: 'PurchaseOrderLine',
      id: `${id}-l${i}`,
      quantityOrdered: l.quantity,
      quantityReceived: 0,
      unitCostCents: 1200,
      product: [serum, creme, huile].find((p) => p.id === l.productId)!,
    })),
  });
  const { client, operations } = fakeClient((op: Operation) => {
    const vars = op.variables as Record<string, unknown>;
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'ReorderSuggestions':
        return { data: { reorderSuggestions: state.suggestions } };
      case 'PurchaseOrders':
        return { data: { purchaseOrders: state.orders } };
      case 'CreatePurchaseOrder': {
        const input = vars.input as { supplierId: string; lines: Line[] };
        const big = input.lines.findIndex((l) => l.quantity > 500);
        if (big >= 0)
          return graphqlError('La quantité est trop grande.', 'BAD_USER_INPUT', {
            fields: [{ field: `input.lines.${big}.quantity`, message: 'La quantité est trop grande.' }],
          });
        const created = order(String(state.orders.length + 1), labo, input.lines);
        state.orders = [created, ...state.orders];
        const ordered = new Set(input.lines.map((l) => l.productId));
        state.suggestions = state.suggestions.filter((s) => !ordered.has(s.product.id));
        return { data: { createPurchaseOrder: created } };
      }
      case 'CancelPurchaseOrder': {
        const cancelled = { ...state.orders[0], status: 'CANCELLED' };
        state.orders = [cancelled];
        return { data: { cancelPurchaseOrder: cancelled } };
      }
      case 'SendPurchaseOrder': {
        const sent = { ...state.orders[0], status: 'SENT', sentAt: '2026-12-01T10:00:00.000Z' };
        state.orders = [sent];
        return { data: { sendPurchaseOrder: sent } };
      }
      case 'ReceivePurchaseOrder': {
        const input = vars.input as { purchaseOrderId: string; lines: Line[] };
        const current = state.orders[0] as ReturnType<typeof order>;
        const lines = current.lines.map((l) => ({
          ...l,
          quantityReceived:
            l.quantityReceived + (input.lines.find((x) => x.productId === l.product.id)?.quantity ?? 0),
        }));
        const done = lines.every((l) => l.quantityReceived >= l.quantityOrdered);
        const received = { ...current, lines, status: done ? 'RECEIVED' : 'PARTLY_RECEIVED' };
        state.orders = [received];
        return { data: { receivePurchaseOrder: received } };
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<OrdersPage />, { client, route: '/stock/commandes' });
  return { operations, state };
}

const sent = (operations: Operation[], name: string) => operations.filter((o) => operationName(o) === name);

describe('OrdersPage', () => {
  it('groups the suggestions by supplier, checks the quantities and creates one order per supplier', async () => {
    const { operations } = setup('ADMIN');
    const labGroup = await screen.findByRole('region', { name: 'Laboratoire Azur' });
    expect(screen.getByRole('region', { name: 'Huilerie du Sud' })).toBeInTheDocument();
    const orphans = screen.getByRole('region', { name: 'Sans fournisseur' });
    expect(orphans).toHaveTextContent('Associez un fournisseur à ces produits');
    expect(
      within(orphans).queryByRole('button', { name: 'Créer le bon de commande' }),
    ).not.toBeInTheDocument();
    expect(labGroup).toHaveTextContent('En stock : 2 · En commande : 0 · Objectif : 10');

    const serum = within(labGroup).getByLabelText('Quantité à commander de « Sérum éclat »');
    expect(serum).toHaveValue('8');
    fireEvent.change(serum, { target: { value: '2,5' } });
    fireEvent.click(within(labGroup).getByRole('button', { name: 'Créer le bon de commande' }));
    expect(await within(labGroup).findByText('Saisissez un nombre entier positif.')).toBeInTheDocument();
    expect(serum).toHaveAttribute('aria-invalid', 'true');
    expect(sent(operations, 'CreatePurchaseOrder')).toHaveLength(0);

    // The server's refusal lands on the field of its line (the first line sent is left out: 0).
    fireEvent.change(serum, { target: { value: '0' } });
    const creme = within(labGroup).getByLabelText('Quantité à commander de « Crème riche »');
    fireEvent.change(creme, { target: { value: '900' } });
    fireEvent.click(within(labGroup).getByRole('button', { name: 'Créer le bon de commande' }));
    expect(await within(labGroup).findByText('La quantité est trop grande.')).toBeInTheDocument();
    expect(creme).toHaveAttribute('aria-invalid', 'true');
    expect(serum).toHaveAttribute('aria-invalid', 'false');

    fireEvent.change(serum, { target: { value: '6' } });
    fireEvent.change(creme, { target: { value: '9' } });
    fireEvent.click(within(labGroup).getByRole('button', { name: 'Créer le bon de commande' }));
    const list = await screen.findByRole('list', { name: 'Bons de commande' });
    const row = await within(list).findByRole('listitem', { name: 'BC-2026-001' });
    expect(sent(operations, 'CreatePurchaseOrder').at(-1)!.variables).toEqual({
      input: {
        supplierId: 's1',
        lines: [
          { productId: 'p1', quantity: 6 },
          { productId: 'p2', quantity: 9 },
        ],
      },
    });
    expect(row).toHaveTextContent('Brouillon');
    expect(row).toHaveTextContent('Laboratoire Azur · 180,00 € · 0 / 2 lignes reçues');
    expect(row).toHaveTextContent('Sérum éclat × 6 u., Crème riche × 9 u.');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Laboratoire Azur' })).not.toBeInTheDocument(),
    );
  });

  it('sends an order, then receives it in two parts', async () => {
    const { operations } = setup('ADMIN');
    const labGroup = await screen.findByRole('region', { name: 'Laboratoire Azur' });
    fireEvent.click(within(labGroup).getByRole('button', { name: 'Créer le bon de commande' }));
    const row = await screen.findByRole('listitem', { name: 'BC-2026-001' });
    fireEvent.click(within(row).getByRole('button', { name: 'Envoyer au fournisseur' }));
    await waitFor(() => expect(row).toHaveTextContent('Envoyée'));
    expect(within(row).queryByRole('button', { name: 'Envoyer au fournisseur' })).not.toBeInTheDocument();
    expect(sent(operations, 'SendPurchaseOrder')[0].variables).toEqual({ id: '1' });

    fireEvent.click(within(row).getByRole('button', { name: 'Réceptionner' }));
    let dialog = await screen.findByRole('dialog', { name: 'Réception de BC-2026-001' });
    const serum = within(dialog).getByLabelText('Reçu de « Sérum éclat »');
    expect(serum).toHaveValue('8');
    fireEvent.change(serum, { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    expect(await within(dialog).findByText('Il ne reste que 8 unités à recevoir.')).toBeInTheDocument();
    expect(sent(operations, 'ReceivePurchaseOrder')).toHaveLength(0);

    // Partial: 5 serums, no cream yet.
    fireEvent.change(serum, { target: { value: '5' } });
    fireEvent.change(within(dialog).getByLabelText('Reçu de « Crème riche »'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    await waitFor(() => expect(row).toHaveTextContent('Reçue en partie'));
    expect(sent(operations, 'ReceivePurchaseOrder')[0].variables).toEqual({
      input: { purchaseOrderId: '1', lines: [{ productId: 'p1', quantity: 5 }] },
    });
    expect(row).toHaveTextContent('0 / 2 lignes reçues');
    expect(row).toHaveTextContent('Sérum éclat × 8 u. (5 reçus), Crème riche × 9 u.');

    fireEvent.click(within(row).getByRole('button', { name: 'Réceptionner' }));
    dialog = await screen.findByRole('dialog', { name: 'Réception de BC-2026-001' });
    expect(within(dialog).getByLabelText('Reçu de « Sérum éclat »')).toHaveValue('3');
    expect(within(dialog).getByLabelText('Reçu de « Crème riche »')).toHaveValue('9');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    await waitFor(() => expect(row).toHaveTextContent('2 / 2 lignes reçues'));
    expect(row).toHaveTextContent(/^BC-2026-001Reçue/);
    expect(row).not.toHaveTextContent('Reçue en partie');
    expect(within(row).queryByRole('button', { name: 'Réceptionner' })).not.toBeInTheDocument();
  });

  it('sends a sent order again and cancels it, each after a French confirmation', async () => {
    const { operations } = setup('ADMIN');
    const labGroup = await screen.findByRole('region', { name: 'Laboratoire Azur' });
    fireEvent.click(within(labGroup).getByRole('button', { name: 'Créer le bon de commande' }));
    const row = await screen.findByRole('listitem', { name: 'BC-2026-001' });
    fireEvent.click(within(row).getByRole('button', { name: 'Envoyer au fournisseur' }));
    await waitFor(() => expect(row).toHaveTextContent('Envoyée'));

    // Send again: confirmed first, naming the supplier's address; going back sends nothing.
    fireEvent.click(within(row).getByRole('button', { name: 'Renvoyer' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Renvoyer BC-2026-001 ?' });
    expect(dialog).toHaveTextContent('de nouveau envoyé par e-mail à Laboratoire Azur (s1@fournisseur.test)');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retour' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(sent(operations, 'SendPurchaseOrder')).toHaveLength(1);
    fireEvent.click(within(row).getByRole('button', { name: 'Renvoyer' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Renvoyer BC-2026-001 ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Renvoyer le bon' }));
    expect(
      await screen.findByText('Bon de commande BC-2026-001 renvoyé au fournisseur.'),
    ).toBeInTheDocument();
    expect(sent(operations, 'SendPurchaseOrder')).toHaveLength(2);

    // Cancel: the supplier already has it, so the dialog says to tell them.
    fireEvent.click(within(row).getByRole('button', { name: 'Annuler la commande' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Annuler BC-2026-001 ?' });
    expect(dialog).toHaveTextContent('Laboratoire Azur a déjà reçu ce bon : prévenez-le vous-même');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler la commande' }));
    await waitFor(() => expect(row).toHaveTextContent('Annulée'));
    expect(sent(operations, 'CancelPurchaseOrder')[0].variables).toEqual({ id: '1' });
    for (const name of ['Renvoyer', 'Annuler la commande', 'Réceptionner'])
      expect(within(row).queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('lets the staff see the suggestions but neither create nor send an order', async () => {
    setup('STAFF');
    const labGroup = await screen.findByRole('region', { name: 'Laboratoire Azur' });
    expect(labGroup).toHaveTextContent('8 suggérés');
    expect(screen.queryByRole('button', { name: 'Créer le bon de commande' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Quantité à commander/)).not.toBeInTheDocument();
  });
});
