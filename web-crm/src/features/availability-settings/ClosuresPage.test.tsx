import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { ClosuresPage } from './ClosuresPage';

const PRACTITIONERS = [
  { __typename: 'Practitioner', id: 'p1', displayName: 'Camille Roux', color: '#8e5b6e' },
];
const exception = (
  id: string,
  date: string,
  practitionerId: string | null,
  reason: string | null = null,
) => ({
  __typename: 'AvailabilityException',
  id,
  practitionerId,
  date,
  kind: 'CLOSED',
  start: null,
  end: null,
  reason,
});

function setup() {
  let stored = [
    exception('x1', '2026-12-25', null, 'Fermeture de Noël'),
    exception('x2', '2026-12-29', 'p1', 'Congés'),
  ];
  const { client, operations } = fakeClient((op) => {
    const vars = op.variables as Record<string, unknown>;
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult('ADMIN');
      case 'MyPermissions':
        return permissionsResult('ADMIN');
      case 'AvailabilityPractitioners':
        return { data: { practitioners: PRACTITIONERS } };
      case 'BookingPolicy':
        return {
          data: {
            settings: {
              __typename: 'Settings',
              booking: {
                __typename: 'BookingSettings',
                slotGranularityMinutes: 15,
                minLeadTimeMinutes: 120,
                bookingHorizonDays: 90,
                pendingHoldMinutes: 15,
                cancellationDeadlineHours: 24,
                closedOnPublicHolidays: true,
              },
            },
          },
        };
      case 'AvailabilityExceptions':
        return {
          data: {
            availabilityExceptions: stored.filter(
              (e) => e.date >= (vars.from as string) && e.date <= (vars.to as string),
            ),
          },
        };
      case 'CreateClosures': {
        const input = vars.input as {
          from: string;
          to: string;
          practitionerId: string | null;
          reason: string;
        };
        const created = [];
        for (let d = Number(input.from.slice(8)); d <= Number(input.to.slice(8)); d++) {
          created.push(
            exception(
              `n${d}`,
              `${input.from.slice(0, 8)}${String(d).padStart(2, '0')}`,
              input.practitionerId,
              input.reason,
            ),
          );
        }
        stored = [...stored, ...created].sort((a, b) => a.date.localeCompare(b.date));
        return { data: { createClosures: created } };
      }
      case 'DeleteAvailabilityException':
        stored = stored.filter((e) => e.id !== vars.id);
        return { data: { deleteAvailabilityException: true } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<ClosuresPage clock={() => Date.parse('2026-11-20T10:00:00Z')} />, {
    client,
    route: '/reglages/fermetures?mois=2026-12',
  });
  return { operations };
}

const cell = (date: string) => document.querySelector<HTMLElement>(`[data-date="${date}"]`);

describe('ClosuresPage', () => {
  it('shows the month with its public holidays, the institute’s closures and a practitioner’s leave', async () => {
    setup();
    expect(await screen.findByTestId('month-title')).toHaveTextContent('décembre 2026');
    await waitFor(() => expect(cell('2026-12-25')).toHaveAttribute('data-closed', 'true'));
    expect(cell('2026-12-25')).toHaveAttribute('data-holiday', 'true');
    expect(cell('2026-12-25')).toHaveAccessibleName('25, Jour férié : Noël, Institut fermé');
    expect(cell('2026-12-29')).toHaveAccessibleName('29, Camille Roux');
    expect(cell('2026-12-24')).not.toHaveAttribute('data-closed');
    expect(
      screen.getByText('Jour férié : l’institut est fermé (règles de réservation).'),
    ).toBeInTheDocument();
    const rows = screen.getAllByTestId('exception-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Vendredi 25 décembre · Tout l’institut' + 'toute la journée · Fermeture de Noël',
      'Mardi 29 décembre · Camille Roux' + 'toute la journée · Congés',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Mois suivant' }));
    expect(await screen.findByTestId('month-title')).toHaveTextContent('janvier 2027');
    await waitFor(() => expect(cell('2027-01-01')).toHaveAccessibleName('1, Jour férié : Jour de l’an'));
    expect(await screen.findByText('Aucune fermeture ni congé ce mois-ci.')).toBeInTheDocument();
  });

  it('closes the institute over a range (one request), then deletes one day', async () => {
    const { operations } = setup();
    await screen.findByTestId('month-title');
    const form = screen.getByRole('region', { name: 'Nouvelle fermeture' });
    fireEvent.change(within(form).getByLabelText('Du'), { target: { value: '14/12/2026' } });
    fireEvent.blur(within(form).getByLabelText('Du'));
    fireEvent.change(within(form).getByLabelText('Au (inclus)'), { target: { value: '16/12/2026' } });
    fireEvent.blur(within(form).getByLabelText('Au (inclus)'));
    fireEvent.change(within(form).getByLabelText('Motif (facultatif)'), { target: { value: 'Travaux' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Fermer ces jours (3 jours)' }));
    expect(await within(form).findByText('3 jours fermés.')).toBeInTheDocument();
    expect(operations.filter((o) => operationName(o) === 'CreateClosures').map((o) => o.variables)).toEqual([
      { input: { practitionerId: null, from: '2026-12-14', to: '2026-12-16', reason: 'Travaux' } },
    ]);
    await waitFor(() => expect(cell('2026-12-15')).toHaveAttribute('data-closed', 'true'));
    fireEvent.click(
      screen.getByRole('button', { name: 'Supprimer la fermeture du lundi 14 décembre (Tout l’institut)' }),
    );
    expect(await screen.findByText('Fermeture du 14 décembre supprimée.')).toBeInTheDocument();
    await waitFor(() => expect(cell('2026-12-14')).not.toHaveAttribute('data-closed'));
    expect(cell('2026-12-15')).toHaveAttribute('data-closed', 'true');
  });

  it('prefills the range with a day clicked on the calendar, for one practitioner’s leave', async () => {
    const { operations } = setup();
    await screen.findByTestId('month-title');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Choisir le mercredi 30 décembre 2026 pour une fermeture' }),
    );
    const form = screen.getByRole('region', { name: 'Nouvelle fermeture' });
    expect(within(form).getByLabelText('Du')).toHaveValue('30/12/2026');
    expect(within(form).getByLabelText('Au (inclus)')).toHaveValue('30/12/2026');
    fireEvent.mouseDown(within(form).getByRole('combobox', { name: 'Qui' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Camille Roux' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Fermer ces jours (1 jour)' }));
    expect(await within(form).findByText('1 jour fermé.')).toBeInTheDocument();
    expect(operations.filter((o) => operationName(o) === 'CreateClosures').map((o) => o.variables)).toEqual([
      { input: { practitionerId: 'p1', from: '2026-12-30', to: '2026-12-30', reason: null } },
    ]);
  });

  it('refuses more than 62 days, or an end before the start, on the end date, sending nothing', async () => {
    const { operations } = setup();
    await screen.findByTestId('month-title');
    const form = screen.getByRole('region', { name: 'Nouvelle fermeture' });
    const from = within(form).getByLabelText('Du');
    const to = within(form).getByLabelText('Au (inclus)');
    fireEvent.change(from, { target: { value: '01/12/2026' } });
    fireEvent.blur(from);
    fireEvent.change(to, { target: { value: '01/02/2027' } });
    fireEvent.blur(to);
    expect(
      await within(form).findByText('Une fermeture dure au plus 62 jours (ici 63) : découpez-la.'),
    ).toBeInTheDocument();
    fireEvent.change(to, { target: { value: '30/11/2026' } });
    fireEvent.blur(to);
    expect(
      await within(form).findByText('La date de fin doit être le même jour ou après la date de début.'),
    ).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Fermer ces jours' }));
    expect(operations.some((o) => operationName(o) === 'CreateClosures')).toBe(false);
  });
});
