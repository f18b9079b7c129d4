import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { CabinsPage } from './CabinsPage';

interface Cabin {
  id: string;
  name: string;
  active: boolean;
  cabinTypeId: string;
}

function setup(role: 'ADMIN' | 'STAFF' = 'ADMIN') {
  const state = {
    types: [
      { id: 't1', name: 'Cabine de soin' },
      { id: 't2', name: 'Hammam' },
    ],
    cabins: [
      { id: 'c1', name: 'Cabine Jasmin', active: true, cabinTypeId: 't1' },
      { id: 'c2', name: 'Cabine Lotus', active: true, cabinTypeId: 't1' },
    ] as Cabin[],
    services: [
      { id: 's1', cabinTypeId: 't1' },
      { id: 's2', cabinTypeId: null },
    ],
  };
  const { client, operations } = fakeClient((op: Operation) => {
    const vars = op.variables as { input: Record<string, unknown>; id: string };
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'CabinSettings':
        return { data: { cabinTypes: state.types, cabins: state.cabins, services: state.services } };
      case 'UpsertCabinType': {
        const { id, name } = vars.input as { id?: string; name: string };
        if (state.types.some((x) => x.name === name && x.id !== id))
          return graphqlError('Un type de cabine porte déjà ce nom.', 'CONFLICT');
        const saved = { id: id ?? 't-new', name };
        state.types = id ? state.types.map((x) => (x.id === id ? saved : x)) : [...state.types, saved];
        return { data: { upsertCabinType: saved } };
      }
      case 'UpsertCabin': {
        const input = vars.input as Omit<Cabin, 'id'> & { id?: string };
        if (input.name === 'Cabine 123456789')
          return graphqlError('Le nom doit contenir entre 1 et 60 caractères.', 'BAD_USER_INPUT', {
            fields: [{ field: 'input.name', message: 'Le nom doit contenir entre 1 et 60 caractères.' }],
          });
        const saved = { ...input, id: input.id ?? 'c-new' };
        state.cabins = input.id
          ? state.cabins.map((c) => (c.id === input.id ? saved : c))
          : [...state.cabins, saved];
        return { data: { upsertCabin: saved } };
      }
      case 'DeleteCabinType': {
        const type = state.types.find((x) => x.id === vars.id)!;
        if (state.cabins.some((c) => c.cabinTypeId === type.id))
          return graphqlError(
            `Le type « ${type.name} » est encore utilisé par 2 cabines et 1 prestation : changez leur type de cabine avant de le supprimer.`,
            'CONFLICT',
          );
        state.types = state.types.filter((x) => x.id !== type.id);
        return { data: { deleteCabinType: type } };
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<CabinsPage />, { client });
  return { operations, state };
}

const sent = (operations: Operation[], name: string) =>
  operations.filter((o) => operationName(o) === name).map((o) => o.variables);

describe('CabinsPage', () => {
  it('lists the cabins and the cabin types with what uses each type', async () => {
    setup();
    const cabins = await screen.findByRole('list', { name: 'Cabines' });
    expect(
      within(cabins)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Cabine Jasmin', 'Cabine Lotus']);
    expect(within(cabins).getByRole('listitem', { name: 'Cabine Jasmin' })).toHaveTextContent(
      /Cabine JasminActive.*Cabine de soin/,
    );
    const types = screen.getByRole('list', { name: 'Types de cabine' });
    expect(within(types).getByRole('listitem', { name: 'Cabine de soin' })).toHaveTextContent(
      '2 cabines · 1 prestation',
    );
    expect(within(types).getByRole('listitem', { name: 'Hammam' })).toHaveTextContent(
      'Aucune cabine · aucune prestation',
    );
  });

  it('creates a cabin: checks the name and type first, then shows the server’s field error', async () => {
    const { operations } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Nouvelle cabine' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle cabine' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Saisissez un nom.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choisissez un type de cabine.')).toBeInTheDocument();
    expect(sent(operations, 'UpsertCabin')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Nom'), { target: { value: 'Cabine 123456789' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Type de cabine' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Hammam' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('Le nom doit contenir entre 1 et 60 caractères.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Nom')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(within(dialog).getByLabelText('Nom'), { target: { value: '  Cabine Orchidée ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(operations, 'UpsertCabin').at(-1)).toEqual({
      input: { name: 'Cabine Orchidée', cabinTypeId: 't2', active: true },
    });
    expect(await screen.findByText('Cabine « Cabine Orchidée » créée.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Cabine Orchidée' })).toHaveTextContent('Hammam');
  });

  it('renames and deactivates a cabin', async () => {
    const { operations } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier « Cabine Lotus »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la cabine' });
    fireEvent.change(within(dialog).getByLabelText('Nom'), { target: { value: 'Cabine Lys' } });
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Cabine en service' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(operations, 'UpsertCabin')).toEqual([
      { input: { id: 'c2', name: 'Cabine Lys', cabinTypeId: 't1', active: false } },
    ]);
    expect(await screen.findByRole('listitem', { name: 'Cabine Lys' })).toHaveTextContent('Désactivée');
  });

  it('shows a duplicate type name under the name field', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Renommer « Hammam »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Renommer le type de cabine' });
    fireEvent.change(within(dialog).getByLabelText('Nom'), { target: { value: 'Cabine de soin' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Un type de cabine porte déjà ce nom.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Nom')).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the refusal to delete a type in use in the confirmation, deletes an unused one', async () => {
    const { operations } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer « Cabine de soin »' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Supprimer ce type de cabine ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Le type « Cabine de soin » est encore utilisé par 2 cabines et 1 prestation',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Hammam »' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Supprimer ce type de cabine ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Hammam' })).not.toBeInTheDocument());
    expect(sent(operations, 'DeleteCabinType')).toEqual([{ id: 't1' }, { id: 't2' }]);
    expect(await screen.findByText('Type « Hammam » supprimé.')).toBeInTheDocument();
  });

  it('tells staff the page is for administrators and loads nothing', async () => {
    const { operations } = setup('STAFF');
    expect(await screen.findByText('Seul un administrateur peut modifier ces réglages.')).toBeInTheDocument();
    expect(sent(operations, 'CabinSettings')).toHaveLength(0);
  });
});
