import { fireEvent, screen, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { CashSessionPage } from './CashSessionPage';

/** Intl's space before the euro sign. */
const NB = '\u00a0';

const TILL_OPERATIONS = ['tills', 'cashSession', 'openCashSession', 'recordCashMovement', 'closeCashSession'];

function permissions(role: 'ADMIN' | 'STAFF', extra: string[]): ExecutionResult {
  const base = (permissionsResult(role).data as { myPermissions: string[] }).myPermissions;
  return { data: { myPermissions: [...base, ...extra] } };
}

const session = (over: Record<string, unknown> = {}) => ({
  __typename: 'CashSession',
  id: 'cs1',
  tillId: 't1',
  openedAt: '2026-12-06T08:00:00.000Z',
  openingFloatCents: 16500,
  openingCounts: [],
  closedAt: null,
  expectedCents: 14000,
  countedCents: null,
  varianceCents: null,
  movements: [
    {
      __typename: 'CashMovement',
      id: 'm1',
      direction: 'OUT',
      amountCents: 2500,
      reason: 'Dépôt en banque',
      occurredAt: '2026-12-06T10:15:00.000Z',
    },
  ],
  ...over,
});

function setup(options: { open: boolean; extra?: string[]; closeError?: ExecutionResult }) {
  const state = { current: options.open ? session() : null };
  const { client, operations } = fakeClient((op: Operation) => {
    const vars = op.variables as { input?: { counts: { denominationCents: number; count: number }[] } };
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult('STAFF');
      case 'MyPermissions':
        return permissions('STAFF', options.extra ?? TILL_OPERATIONS);
      case 'Tills':
        return { data: { tills: [{ __typename: 'Till', id: 't1', name: 'Accueil', active: true }] } };
      case 'CashSession':
        return { data: { cashSession: state.current } };
      case 'OpenCashSession': {
        const total = (vars.input?.counts ?? []).reduce((s, c) => s + c.denominationCents * c.count, 0);
        state.current = session({ openingFloatCents: total, expectedCents: total, movements: [] });
        return { data: { openCashSession: state.current } };
      }
      case 'CloseCashSession': {
        if (options.closeError) return options.closeError;
        const counted = (vars.input?.counts ?? []).reduce((s, c) => s + c.denominationCents * c.count, 0);
        const closed = session({
          closedAt: '2026-12-06T18:00:00.000Z',
          countedCents: counted,
          varianceCents: counted - 14000,
        });
        state.current = null;
        return { data: { closeCashSession: closed } };
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<CashSessionPage />, { client, route: '/caisse/session' });
  return { operations };
}

const sent = (operations: Operation[], name: string) => operations.filter((o) => operationName(o) === name);

describe('CashSessionPage', () => {
  it('counts the float with + / − and typed counts, shows the live total and opens the till with it', async () => {
    const { operations } = setup({ open: false });
    const grid = await screen.findByRole('group', { name: 'Comptage par coupure' });
    fireEvent.click(within(grid).getByRole('button', { name: `Ajouter un(e) 20${NB}€` }));
    fireEvent.click(within(grid).getByRole('button', { name: `Ajouter un(e) 20${NB}€` }));
    fireEvent.click(within(grid).getByRole('button', { name: `Ajouter un(e) 20${NB}€` }));
    fireEvent.click(within(grid).getByRole('button', { name: `Retirer un(e) 20${NB}€` }));
    fireEvent.change(within(grid).getByLabelText('Nombre de 0,50 €'), { target: { value: '7' } });
    fireEvent.change(within(grid).getByLabelText('Nombre de 1 €'), { target: { value: '2,5' } });
    expect(within(grid).getByLabelText('Nombre de 1 €')).toHaveAttribute('aria-invalid', 'true');
    expect(within(grid).getByRole('status')).toHaveTextContent(/Total compté : 43,50\s€/);
    fireEvent.click(screen.getByRole('button', { name: /Ouvrir la caisse avec 43,50\s€/ }));
    expect(await screen.findByText(/Caisse ouverte avec un fond de 43,50\s€/)).toBeInTheDocument();
    expect(sent(operations, 'OpenCashSession')[0]?.variables).toEqual({
      input: {
        tillId: 't1',
        counts: [
          { denominationCents: 2000, count: 2 },
          { denominationCents: 50, count: 7 },
        ],
      },
    });
    expect(await screen.findByRole('heading', { name: 'Caisse ouverte' })).toBeInTheDocument();
  });

  it('shows expected, counted and a coloured shortfall before the close is confirmed', async () => {
    const { operations } = setup({ open: true });
    expect(await screen.findByText(/Sortie · Dépôt en banque/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Fermer la caisse' }));
    const grid = screen.getByRole('group', { name: 'Comptage par coupure' });
    fireEvent.change(within(grid).getByLabelText('Nombre de 100 €'), { target: { value: '1' } });
    fireEvent.change(within(grid).getByLabelText('Nombre de 20 €'), { target: { value: '1' } });
    fireEvent.change(within(grid).getByLabelText('Nombre de 10 €'), { target: { value: '1' } });
    fireEvent.change(within(grid).getByLabelText('Nombre de 5 €'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le comptage' }));
    expect(sent(operations, 'CloseCashSession')).toHaveLength(0);
    const variance = screen.getByTestId('variance');
    expect(variance).toHaveTextContent(/^-5,00\s€$/);
    expect(screen.getByText(/Il manque 5,00\s€/)).toBeInTheDocument();
    expect(screen.getByText('Attendu').nextSibling).toHaveTextContent(/140,00\s€/);
    expect(screen.getByText('Compté').nextSibling).toHaveTextContent(/135,00\s€/);
    expect(getComputedStyle(variance).color).not.toBe(getComputedStyle(screen.getByText('Compté')).color);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la fermeture' }));
    expect(await screen.findByText(/Caisse fermée\. Écart : -5,00\s€/)).toBeInTheDocument();
    expect(sent(operations, 'CloseCashSession')).toHaveLength(1);
  });

  it('says the count is right when nothing is missing', async () => {
    setup({ open: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Fermer la caisse' }));
    fireEvent.change(screen.getByLabelText('Nombre de 100 €'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Nombre de 20 €'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le comptage' }));
    expect(screen.getByTestId('variance')).toHaveTextContent(/^0,00\s€$/);
    expect(screen.getByText('La caisse est juste.')).toBeInTheDocument();
  });

  it("puts the server's field error on the denomination it names and returns to the count", async () => {
    setup({
      open: true,
      closeError: graphqlError('Le nombre doit être un entier entre 0 et 100 000.', 'BAD_USER_INPUT', {
        fields: [
          { field: 'input.counts.0.count', message: 'Le nombre doit être un entier entre 0 et 100 000.' },
        ],
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Fermer la caisse' }));
    fireEvent.change(screen.getByLabelText('Nombre de 50 €'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le comptage' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la fermeture' }));
    const field = await screen.findByLabelText('Nombre de 50 €');
    expect(await screen.findByText('Le nombre doit être un entier entre 0 et 100 000.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nombre de 20 €')).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows nothing of the till to a role the server refuses', async () => {
    const { operations } = setup({ open: true, extra: [] });
    expect(await screen.findByText('La caisse est réservée à l’équipe.')).toBeInTheDocument();
    expect(sent(operations, 'CashSession')).toHaveLength(0);
  });
});
