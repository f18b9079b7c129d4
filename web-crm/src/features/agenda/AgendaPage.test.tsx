import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult } from '@urql/core';
import { instituteResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { AgendaPage } from './AgendaPage';
import type { AgendaBooking, AgendaChange } from './data/agenda-state';
import { movedBooking } from './data/agenda-state';
import { CAMILLE, LEA, block, booking, dayData } from './testing/agenda-fixtures';

const NOW = Date.parse('2026-11-26T10:05:00Z'); // 11:05 in Paris

const SUNDAY = '2026-11-29'; // nobody works

const julie = booking({ id: 'b-julie' }); // 10:00 – 10:30 Paris, Camille
const cancelled = booking({
  id: 'b-cancelled',
  status: 'CANCELLED',
  start: '2026-11-26T13:00:00.000Z',
  end: '2026-11-26T13:30:00.000Z',
  client: { id: 'c2', firstName: 'Anaïs', lastName: 'Lefèvre', phone: null, email: null },
});

function setup(extra: AgendaBooking[] = [], route = '/agenda?jour=2026-11-26') {
  let push: (change: AgendaChange) => void = () => undefined;
  const changes = new Promise<ExecutionResult>((resolve) => {
    push = (change) => resolve({ data: { agendaChanged: change } });
  });
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'AgendaDay':
        if (op.variables?.day === SUNDAY)
          return { data: { agenda: dayData({ day: SUNDAY, workingTime: [] }) } };
        return {
          data: {
            agenda: dayData({
              bookings: [julie, cancelled, ...extra],
              blocks: [block({ id: 'blk', reason: 'Formation' })],
            }),
          },
        };
      case 'AgendaMonth':
        return {
          data: {
            agendaMonth: {
              month: '2026-11',
              practitioners: dayData().practitioners,
              days: [
                {
                  day: '2026-11-26',
                  bookings: [julie, cancelled].map((b) => ({
                    id: b.id,
                    start: b.start,
                    status: b.status,
                    clientName: `${b.client.firstName} ${b.client.lastName.charAt(0)}.`,
                    practitionerIds: [CAMILLE.id],
                    color: '#b07b8c',
                  })),
                },
              ],
            },
          },
        };
      case 'AgendaSettings':
        return { data: { settings: { booking: { slotGranularityMinutes: 15 } }, cabins: [] } };
      case 'AgendaChanged':
        return changes;
      case 'InstituteIdentity':
        return instituteResult;
      default:
        return { data: null };
    }
  });
  renderWithProviders(<AgendaPage clock={() => NOW} />, { client, route });
  return { operations, push: (change: AgendaChange) => act(() => push(change)) };
}

const column = (name: string) => screen.getByRole('group', { name: `${name}, jeudi 26 novembre 2026` });

describe('AgendaPage', () => {
  it('shows one column per practitioner with bookings and blocks at their Paris times', async () => {
    const { operations } = setup();
    const camille = await waitFor(() => column('Camille Roux'));
    expect(
      await within(camille).findByRole('button', {
        name: '10:00 – 10:30, Julie Martin, Soin éclat express, Confirmé',
      }),
    ).toBeInTheDocument();
    expect(
      within(camille).getByRole('button', { name: 'Bloqué 13:00 – 14:00 : Formation' }),
    ).toBeInTheDocument();
    expect(column('Léa Fontaine')).toBeInTheDocument();
    expect(screen.getByText('Jeudi 26 novembre 2026')).toBeInTheDocument();
    expect(document.querySelectorAll('[data-now-line]')).toHaveLength(2); // today: in every column
    const sub = operations.find((o) => operationName(o) === 'AgendaChanged');
    expect(sub?.kind).toBe('subscription');
    expect(sub?.variables).toEqual({ day: '2026-11-26' });
  });

  it('hides cancelled bookings unless asked', async () => {
    setup();
    await screen.findByRole('button', { name: /Julie Martin/ });
    expect(screen.queryByRole('button', { name: /Anaïs Lefèvre/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Afficher les annulés'));
    expect(
      await screen.findByRole('button', { name: /Anaïs Lefèvre, Soin éclat express, Annulé/ }),
    ).toBeInTheDocument();
  });

  it('colours bookings by practitioner on request, and remembers the choice on this device', async () => {
    window.localStorage.removeItem('serenaia.agenda.colorBy');
    setup([booking({ id: 'b-lea' }, LEA.id)]);
    await waitFor(() => expect(document.querySelector('[data-booking-id="b-lea"]')).not.toBeNull());
    const stripe = () =>
      document.querySelector('[data-booking-id="b-lea"] > [aria-hidden] > *') as HTMLElement;
    expect(getComputedStyle(stripe()).backgroundColor).toBe('rgb(176, 123, 140)'); // the category's #b07b8c
    fireEvent.click(screen.getByLabelText('Couleur par praticienne'));
    await waitFor(() => expect(getComputedStyle(stripe()).backgroundColor).toBe('rgb(122, 158, 135)')); // Léa's
    expect(window.localStorage.getItem('serenaia.agenda.colorBy')).toBe('practitioner');
    window.localStorage.removeItem('serenaia.agenda.colorBy');
  });

  it('switches to the month, counts each day’s bookings, and opens a day on click', async () => {
    const { operations } = setup();
    await screen.findByRole('button', { name: /Julie Martin/ });
    fireEvent.click(screen.getByRole('button', { name: 'Mois' }));
    expect(await screen.findByText('Novembre 2026')).toBeInTheDocument();
    const today = await screen.findByRole('button', {
      name: 'jeudi 26 novembre 2026, 1 rendez-vous, Aujourd’hui',
    });
    expect(within(today).getByText('10:00')).toBeInTheDocument();
    expect(within(today).getByText('Julie M.')).toBeInTheDocument();
    expect(within(today).queryByText('Anaïs L.')).not.toBeInTheDocument(); // cancelled
    expect(
      screen.getByRole('button', {
        name: 'mercredi 11 novembre 2026, aucun rendez-vous, Armistice 1918 (férié)',
      }),
    ).toBeInTheDocument();
    expect(operations.find((o) => operationName(o) === 'AgendaMonth')?.variables).toEqual({
      month: '2026-11',
    });

    fireEvent.click(screen.getByLabelText('Afficher les annulés'));
    expect(
      await screen.findByRole('button', { name: 'jeudi 26 novembre 2026, 2 rendez-vous, Aujourd’hui' }),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Mois suivant' }));
    expect(await screen.findByText('Décembre 2026')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mois précédent' }));
    expect(await screen.findByText('Novembre 2026')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /^mardi 17 novembre 2026/ }));
    expect(await screen.findByText('Mardi 17 novembre 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Jour' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(
        operations.some((o) => operationName(o) === 'AgendaDay' && o.variables?.day === '2026-11-17'),
      ).toBe(true),
    );
  });

  it('goes to a day typed as a French date in the toolbar, and ignores what is not a date', async () => {
    const { operations } = setup();
    await screen.findByRole('button', { name: /Julie Martin/ });
    const day = screen.getByLabelText('Date');
    expect(day).toHaveValue('26/11/2026');
    fireEvent.change(day, { target: { value: '31/11/2026' } });
    fireEvent.keyDown(day, { key: 'Enter' });
    expect(screen.getByText('Date invalide : jj/mm/aaaa.')).toBeInTheDocument();
    expect(screen.getByText('Jeudi 26 novembre 2026')).toBeInTheDocument();

    fireEvent.change(day, { target: { value: '3/12/2026' } });
    fireEvent.keyDown(day, { key: 'Enter' });
    expect(await screen.findByText('Jeudi 3 décembre 2026')).toBeInTheDocument();
    expect(day).toHaveValue('03/12/2026');
    await waitFor(() =>
      expect(
        operations.some((o) => operationName(o) === 'AgendaDay' && o.variables?.day === '2026-12-03'),
      ).toBe(true),
    );
  });

  it('opens « Nouveau rendez-vous » on the day shown when it is not today', async () => {
    setup([], `/agenda?jour=${SUNDAY}`);
    expect(await screen.findByText('Dimanche 29 novembre 2026')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau rendez-vous' }));
    const dialog = await screen.findByRole('dialog', { name: /Nouveau rendez-vous/ });
    expect(within(dialog).getByLabelText('Date')).toHaveValue('29/11/2026');
    // Nobody works that day: the grid's opening, 08:00 in Paris.
    expect(within(dialog).getByLabelText('Heure')).toHaveValue('08:00');
  });

  it('opens « Nouveau rendez-vous » on today, from now, when today is shown', async () => {
    setup();
    await screen.findByRole('button', { name: /Julie Martin/ });
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau rendez-vous' }));
    const dialog = await screen.findByRole('dialog', { name: /Nouveau rendez-vous/ });
    expect(within(dialog).getByLabelText('Date')).toHaveValue('26/11/2026');
    expect(within(dialog).getByLabelText('Heure')).toHaveValue('11:15');
  });

  it('applies a change made elsewhere at once and says so', async () => {
    const { push } = setup();
    await screen.findByRole('button', { name: /Julie Martin/ });
    push({
      day: '2026-11-26',
      kind: 'MOVED',
      booking: movedBooking(julie, { start: Date.parse('2026-11-26T14:00:00Z'), practitionerId: LEA.id }),
      block: null,
    });
    expect(
      await within(column('Léa Fontaine')).findByRole('button', {
        name: '15:00 – 15:30, Julie Martin, Soin éclat express, Confirmé',
      }),
    ).toBeInTheDocument();
    expect(
      within(column('Camille Roux')).queryByRole('button', { name: /Julie Martin/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Mis à jour à 11:05')).toBeInTheDocument();
  });
});
