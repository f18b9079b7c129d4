import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { ReadersPage } from './ReadersPage';

interface Reader {
  id: string;
  name: string;
  provider: 'SUMUP' | 'SIMULATED';
  status: 'ONLINE' | 'OFFLINE' | 'UNKNOWN';
  state: string | null;
  busy: boolean;
  serial: string | null;
  batteryLevel: number | null;
  pairedAt: string;
}

const reader = (overrides: Partial<Reader> & { id: string; name: string }): Reader => ({
  provider: 'SUMUP',
  status: 'ONLINE',
  state: 'IDLE',
  busy: false,
  serial: '200100010001',
  batteryLevel: 80,
  pairedAt: '2026-11-02T09:00:00.000Z',
  ...overrides,
});

function setup(role: 'ADMIN' | 'STAFF', initial: Reader[]) {
  const state = { readers: [...initial] };
  const { client, operations } = fakeClient((op: Operation) => {
    const vars: unknown = op.variables;
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'Readers':
        return { data: { readers: state.readers } };
      case 'PairReader': {
        const { pairingCode, name } = (vars as { input: { pairingCode: string; name: string } }).input;
        if (pairingCode !== '4A7X9K2Q')
          return graphqlError('Code d’appairage inconnu ou expiré.', 'BAD_USER_INPUT', {
            fields: [{ field: 'input.pairingCode', message: 'Code d’appairage inconnu ou expiré.' }],
          });
        const created = reader({ id: 'r-new', name, serial: '200100010009' });
        state.readers.push(created);
        return { data: { pairReader: created } };
      }
      case 'RenameReader': {
        const { id, name } = (vars as { input: { id: string; name: string } }).input;
        state.readers = state.readers.map((r) => (r.id === id ? { ...r, name } : r));
        return { data: { renameReader: state.readers.find((r) => r.id === id) } };
      }
      case 'RemoveReader': {
        const { id } = vars as { id: string };
        const target = state.readers.find((r) => r.id === id)!;
        if (target.busy)
          return graphqlError(
            'Un paiement est en cours sur ce terminal : attendez qu’il se termine.',
            'CONFLICT',
          );
        state.readers = state.readers.filter((r) => r.id !== id);
        return { data: { removeReader: true } };
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<ReadersPage />, { client });
  return { operations, state };
}

const sent = (operations: Operation[], name: string) => operations.filter((o) => operationName(o) === name);

describe('ReadersPage', () => {
  it('lists the readers with their status chips', async () => {
    setup('ADMIN', [
      reader({ id: 'r1', name: 'Accueil', busy: true, state: 'WAITING_FOR_CARD' }),
      reader({ id: 'r2', name: 'Cabine 2', status: 'OFFLINE', batteryLevel: null }),
      reader({ id: 'r3', name: 'Terminal virtuel (démo)', provider: 'SIMULATED', serial: null }),
    ]);
    const list = await screen.findByRole('list', { name: 'Terminaux' });
    const [desk, cabin, virtual] = within(list).getAllByRole('listitem');
    expect(within(desk).getByTestId('reader-chips')).toHaveTextContent(/^En ligneOccupé$/);
    expect(desk).toHaveTextContent('N° de série 200100010001 · Batterie 80 % · Associé le 2 novembre 2026');
    expect(within(cabin).getByTestId('reader-chips')).toHaveTextContent(/^Hors ligne$/);
    expect(within(virtual).getByTestId('reader-chips')).toHaveTextContent(/^En ligneDémonstration$/);
    // The virtual terminal cannot be removed.
    expect(within(virtual).queryByRole('button', { name: /^Retirer/ })).not.toBeInTheDocument();
    expect(within(desk).getByRole('button', { name: 'Retirer « Accueil »' })).toBeInTheDocument();
  });

  it('pairs a terminal: checks the code and the name, shows the server’s refusal under the code', async () => {
    const { operations } = setup('ADMIN', []);
    expect(await screen.findByText('Aucun terminal associé pour l’instant.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Associer un terminal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Associer un terminal SumUp' });
    expect(dialog).toHaveTextContent('menu › Connexions › API › Connecter');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Associer' }));
    expect(await within(dialog).findByText('Saisissez le code affiché sur le terminal.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Donnez un nom au terminal (par exemple « Accueil »).'),
    ).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Code d’appairage'), { target: { value: 'ABC' } });
    fireEvent.change(within(dialog).getByLabelText('Nom du terminal'), { target: { value: 'Accueil' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Associer' }));
    expect(
      await within(dialog).findByText('Le code d’appairage compte 8 ou 9 lettres et chiffres.'),
    ).toBeInTheDocument();
    expect(sent(operations, 'PairReader')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Code d’appairage'), { target: { value: 'zzzz 9999' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Associer' }));
    expect(await within(dialog).findByText('Code d’appairage inconnu ou expiré.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Code d’appairage')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(within(dialog).getByLabelText('Code d’appairage'), { target: { value: '4a7x 9k2q' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Associer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(operations, 'PairReader').map((o) => o.variables)).toEqual([
      { input: { pairingCode: 'ZZZZ9999', name: 'Accueil' } },
      { input: { pairingCode: '4A7X9K2Q', name: 'Accueil' } },
    ]);
    expect(await screen.findByText('Terminal « Accueil » associé.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Accueil' })).toBeInTheDocument();
  });

  it('renames, and removes after confirmation; a refusal stays in the confirmation', async () => {
    const { operations } = setup('ADMIN', [
      reader({ id: 'r1', name: 'Accueil' }),
      reader({ id: 'r2', name: 'Cabine 2', busy: true }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Renommer « Accueil »' }));
    let dialog = await screen.findByRole('dialog', { name: 'Renommer le terminal' });
    const name = within(dialog).getByLabelText('Nom du terminal');
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('Donnez un nom au terminal (par exemple « Accueil »).'),
    ).toBeInTheDocument();
    fireEvent.change(name, { target: { value: ' Comptoir ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('listitem', { name: 'Comptoir' })).toBeInTheDocument();
    expect(sent(operations, 'RenameReader')[0]?.variables).toEqual({ input: { id: 'r1', name: 'Comptoir' } });

    fireEvent.click(screen.getByRole('button', { name: 'Retirer « Cabine 2 »' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Retirer ce terminal ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Un paiement est en cours sur ce terminal/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    fireEvent.click(screen.getByRole('button', { name: 'Retirer « Comptoir »' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Retirer ce terminal ?' });
    expect(dialog).toHaveTextContent('« Comptoir » ne pourra plus recevoir de paiements.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Comptoir' })).not.toBeInTheDocument());
    expect(sent(operations, 'RemoveReader').map((o) => o.variables)).toEqual([{ id: 'r2' }, { id: 'r1' }]);
  });

  it('shows staff the list read-only', async () => {
    setup('STAFF', [reader({ id: 'r1', name: 'Accueil' })]);
    expect(await screen.findByRole('listitem', { name: 'Accueil' })).toBeInTheDocument();
    expect(
      screen.getByText('Seul un administrateur peut associer, renommer ou retirer un terminal.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Associer un terminal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Renommer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Retirer/ })).not.toBeInTheDocument();
  });
});
