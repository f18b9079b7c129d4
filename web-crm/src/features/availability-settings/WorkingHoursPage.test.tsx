import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { WorkingHoursPage } from './WorkingHoursPage';

const PRACTITIONERS = [
  { __typename: 'Practitioner', id: 'p1', displayName: 'Camille Roux', color: '#8e5b6e' },
  { __typename: 'Practitioner', id: 'p2', displayName: 'Léa Fontaine', color: '#5b7f8e' },
];
const rule = (weekday: number, start: string, end: string) => ({
  __typename: 'WorkingHoursRule',
  weekday,
  start,
  end,
});
const HOURS: Record<string, ReturnType<typeof rule>[]> = {
  p1: [rule(1, '09:00', '12:30'), rule(1, '13:30', '19:00'), rule(3, '10:00', '18:00')],
  p2: [rule(6, '10:00', '17:00')],
};

function setup(role: 'ADMIN' | 'STAFF' = 'ADMIN', save?: (op: Operation) => ReturnType<typeof graphqlError>) {
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'AvailabilityPractitioners':
        return { data: { practitioners: PRACTITIONERS } };
      case 'WorkingHours':
        return { data: { workingHours: HOURS[(op.variables as { practitionerId: string }).practitionerId] } };
      case 'SetWorkingHours': {
        if (save) return save(op);
        const { rules } = (
          op.variables as { input: { rules: { weekday: number; start: string; end: string }[] } }
        ).input;
        return { data: { setWorkingHours: rules.map((r) => rule(r.weekday, r.start, r.end)) } };
      }
      default:
        return { data: null };
    }
  });
  renderWithProviders(<WorkingHoursPage />, { client });
  return { operations };
}

const day = (name: string) => screen.getByRole('region', { name });
const saved = (operations: Operation[]) =>
  operations.filter((o) => operationName(o) === 'SetWorkingHours').map((o) => o.variables);

describe('WorkingHoursPage', () => {
  it('shows the first practitioner’s week: ranges per day, breaks as gaps, closed days, weekly total', async () => {
    setup();
    expect(await screen.findByLabelText('Lundi, plage 2 : Début')).toHaveValue('13:30');
    expect(screen.getByLabelText('Lundi, plage 1 : Fin')).toHaveValue('12:30');
    expect(within(day('Mardi')).getByText('Ne travaille pas')).toBeInTheDocument();
    expect(screen.getByTestId('weekly-total')).toHaveTextContent('17 h par semaine');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('adds a range, copies Monday to Tuesday and Friday, and saves the whole week', async () => {
    const { operations } = setup();
    await screen.findByLabelText('Lundi, plage 1 : Début');
    fireEvent.click(within(day('Mercredi')).getByRole('button', { name: 'Ajouter une plage' }));
    fireEvent.change(screen.getByLabelText('Mercredi, plage 2 : Début'), { target: { value: '18:30' } });
    fireEvent.change(screen.getByLabelText('Mercredi, plage 2 : Fin'), { target: { value: '20h' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copier les horaires du lundi' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Mardi'));
    fireEvent.click(within(dialog).getByLabelText('Vendredi'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copier' }));
    expect(screen.getByLabelText('Vendredi, plage 2 : Fin')).toHaveValue('19:00');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText('Horaires enregistrés. Les créneaux en ligne suivent dès maintenant.'),
    ).toBeInTheDocument();
    const monday = [
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '19:00' },
    ];
    expect(saved(operations)).toEqual([
      {
        input: {
          practitionerId: 'p1',
          rules: [
            ...monday.map((r) => ({ weekday: 1, ...r })),
            ...monday.map((r) => ({ weekday: 2, ...r })),
            { weekday: 3, start: '10:00', end: '18:00' },
            { weekday: 3, start: '18:30', end: '20:00' },
            ...monday.map((r) => ({ weekday: 5, ...r })),
          ],
        },
      },
    ]);
  });

  it('names the wrong field in French and sends nothing until it is fixed', async () => {
    const { operations } = setup();
    await screen.findByLabelText('Lundi, plage 1 : Début');
    fireEvent.change(screen.getByLabelText('Lundi, plage 2 : Début'), { target: { value: '12:00' } });
    fireEvent.change(screen.getByLabelText('Mercredi, plage 1 : Fin'), { target: { value: '25:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Chevauche la plage 09:00–12:30.')).toBeInTheDocument();
    expect(screen.getByText('Heure invalide (HH:MM, ex. 09:30).')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les heures signalées avant d’enregistrer.');
    expect(saved(operations)).toEqual([]);
    fireEvent.change(screen.getByLabelText('Lundi, plage 2 : Début'), { target: { value: '13:00' } });
    fireEvent.change(screen.getByLabelText('Mercredi, plage 1 : Fin'), { target: { value: '18:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saved(operations)).toHaveLength(1));
  });

  it('switches practitioner and shows the server’s refusal', async () => {
    setup('ADMIN', () =>
      graphqlError('Samedi : la fin (09:00) doit être après le début (10:00).', 'BAD_USER_INPUT', {
        fields: [
          { field: 'input.rules', message: 'Samedi : la fin (09:00) doit être après le début (10:00).' },
        ],
      }),
    );
    await screen.findByLabelText('Lundi, plage 1 : Début');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Praticienne' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Léa Fontaine' }));
    expect(await screen.findByLabelText('Samedi, plage 1 : Début')).toHaveValue('10:00');
    expect(within(day('Lundi')).getByText('Ne travaille pas')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Samedi, plage 1 : Fin'), { target: { value: '16:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les horaires n’ont pas été enregistrés. Samedi : la fin (09:00) doit être après le début (10:00).',
    );
  });

  it('asks before dropping unsaved changes when another practitioner is chosen', async () => {
    setup();
    fireEvent.change(await screen.findByLabelText('Lundi, plage 1 : Début'), { target: { value: '08:00' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Praticienne' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Léa Fontaine' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abandonner les modifications ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continuer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText('Lundi, plage 1 : Début')).toHaveValue('08:00');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Praticienne' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Léa Fontaine' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Abandonner les modifications ?' })).getByRole(
        'button',
        {
          name: 'Abandonner',
        },
      ),
    );
    expect(await screen.findByLabelText('Samedi, plage 1 : Début')).toHaveValue('10:00');
  });

  it('is for admins only', async () => {
    const { operations } = setup('STAFF');
    expect(await screen.findByText('Cette page est réservée aux administrateurs.')).toBeInTheDocument();
    expect(operations.some((o) => operationName(o) === 'WorkingHours')).toBe(false);
  });
});
