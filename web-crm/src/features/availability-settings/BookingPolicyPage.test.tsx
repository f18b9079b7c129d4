import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { BookingPolicyPage } from './BookingPolicyPage';

const POLICY = {
  __typename: 'BookingSettings',
  slotGranularityMinutes: 15,
  minLeadTimeMinutes: 120,
  bookingHorizonDays: 90,
  pendingHoldMinutes: 15,
  cancellationDeadlineHours: 24,
  closedOnPublicHolidays: true,
};

function setup(
  role: 'ADMIN' | 'STAFF' = 'ADMIN',
  update?: (op: Operation) => ReturnType<typeof graphqlError>,
) {
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'BookingPolicy':
        return { data: { settings: { __typename: 'Settings', booking: POLICY } } };
      case 'UpdateBookingPolicy':
        if (update) return update(op);
        return {
          data: { updateBookingSettings: { ...POLICY, ...(op.variables as { input: object }).input } },
        };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<BookingPolicyPage />, { client });
  return { operations };
}

const updates = (operations: Operation[]) =>
  operations.filter((o) => operationName(o) === 'UpdateBookingPolicy').map((o) => o.variables);

describe('BookingPolicyPage', () => {
  it('shows the policy in an owner’s units and saves only what changed', async () => {
    const { operations } = setup();
    const lead = await screen.findByLabelText('Délai minimum avant un rendez-vous en ligne');
    expect(lead).toHaveValue('2');
    expect(screen.getByLabelText('Réservable jusqu’à')).toHaveValue('90');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    fireEvent.change(lead, { target: { value: '1,5' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Pas des créneaux' }));
    fireEvent.click(await screen.findByRole('option', { name: '30 min' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Fermé les jours fériés' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Règles de réservation enregistrées.')).toBeInTheDocument();
    expect(updates(operations)).toEqual([
      { input: { slotGranularityMinutes: 30, minLeadTimeMinutes: 90, closedOnPublicHolidays: false } },
    ]);
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('refuses out-of-range values by field in French, like the server', async () => {
    const { operations } = setup();
    fireEvent.change(await screen.findByLabelText('Réservable jusqu’à'), { target: { value: '800' } });
    fireEvent.change(screen.getByLabelText('Annulation ou déplacement en ligne jusqu’à'), {
      target: { value: 'deux' },
    });
    expect(screen.getByText('L’horizon de réservation ne peut pas dépasser 2 ans.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez un nombre entier d’heures.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    expect(updates(operations)).toEqual([]);
  });

  it('puts the server’s field error under its field', async () => {
    setup('ADMIN', () =>
      graphqlError('Le délai minimum ne peut pas dépasser 14 jours.', 'BAD_USER_INPUT', {
        fields: [
          { field: 'input.minLeadTimeMinutes', message: 'Le délai minimum ne peut pas dépasser 14 jours.' },
        ],
      }),
    );
    fireEvent.change(await screen.findByLabelText('Délai minimum avant un rendez-vous en ligne'), {
      target: { value: '3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(
        screen.getByLabelText('Délai minimum avant un rendez-vous en ligne'),
      ).toHaveAccessibleDescription('Le délai minimum ne peut pas dépasser 14 jours.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Les règles n’ont pas été enregistrées.');
  });

  it('is for admins only', async () => {
    const { operations } = setup('STAFF');
    expect(await screen.findByText('Cette page est réservée aux administrateurs.')).toBeInTheDocument();
    expect(operations.some((o) => operationName(o) === 'BookingPolicy')).toBe(false);
  });
});
