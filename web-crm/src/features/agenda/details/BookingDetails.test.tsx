import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { booking } from '../testing/agenda-fixtures';
import type { AgendaBooking } from '../data/agenda-state';
import { BookingDetails } from './BookingDetails';

const BEFORE = Date.parse('2026-11-26T08:00:00Z'); // the booking starts at 09:00Z (10:00 Paris)
const AFTER = Date.parse('2026-11-26T09:10:00Z');

function renderDetails(b: AgendaBooking, now: number, beautyAlert = false) {
  const { client, operations } = fakeClient((op) => {
    if (operationName(op) === 'ClientBeautyAlert') return { data: { clientBeautyAlert: beautyAlert } };
    if (operationName(op) === 'ConfirmBooking')
      return { data: { confirmBooking: { ...b, status: 'CONFIRMED' } } };
    if (operationName(op) === 'CancelBooking')
      return { data: { cancelBooking: { ...b, status: 'CANCELLED' } } };
    return { data: null };
  });
  const onChanged = jest.fn();
  renderWithProviders(
    <BookingDetails
      booking={b}
      now={now}
      onChanged={onChanged}
      onFailed={jest.fn()}
      onBeforeChange={jest.fn()}
    />,
    { client },
  );
  return { operations, onChanged };
}

describe('BookingDetails', () => {
  it('shows the client with call and mail links, the services, price and origin', () => {
    renderDetails(booking({ id: 'b1', source: 'ONLINE', depositCents: 1350 }), BEFORE);
    expect(screen.getByRole('link', { name: 'Appeler 06 12 34 56 78' })).toHaveAttribute(
      'href',
      'tel:+33612345678',
    );
    expect(screen.getByRole('link', { name: 'Écrire à julie.martin@exemple.fr' })).toHaveAttribute(
      'href',
      'mailto:julie.martin@exemple.fr',
    );
    expect(screen.getByText('Jeudi 26 novembre 2026, 10:00 – 10:30')).toBeInTheDocument();
    expect(screen.getByText('Soin éclat express')).toBeInTheDocument();
    expect(screen.getAllByText(/^45,00\s€$/)).toHaveLength(2); // the item and the total
    expect(screen.getByText(/Dont acompte demandé en ligne : 13,50\s€/)).toBeInTheDocument();
    expect(screen.getAllByText('En ligne').length).toBeGreaterThan(0);
  });

  it('warns of allergies or contra-indications with a link to the beauty file, and only then', async () => {
    renderDetails(booking({ id: 'b1', source: 'ONLINE' }), BEFORE, true);
    const warning = await screen.findByTestId('beauty-warning');
    expect(warning).toHaveTextContent('Allergies ou contre-indications signalées');
    expect(screen.getByRole('link', { name: 'Lire la fiche beauté' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/clients\/[^/?]+\?onglet=beauty$/),
    );
  });

  it('shows no health warning when the beauty file names none', async () => {
    const { operations } = renderDetails(booking({ id: 'b1', source: 'ONLINE' }), BEFORE, false);
    await waitFor(() => expect(operations.map(operationName)).toContain('ClientBeautyAlert'));
    expect(screen.queryByTestId('beauty-warning')).toBeNull();
  });

  it('warns of a possible duplicate, with the address the booker typed', () => {
    renderDetails(
      booking({ id: 'b1', source: 'ONLINE', contactEmail: 'j.martin@autre.fr', possibleDuplicate: true }),
      BEFORE,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Doublon possible');
    expect(alert).toHaveTextContent('Réservé avec l’adresse j.martin@autre.fr');
  });

  it('says nothing of duplicates otherwise', () => {
    renderDetails(booking({ id: 'b1', contactEmail: 'julie.martin@exemple.fr' }), BEFORE);
    expect(screen.queryByText('Doublon possible')).not.toBeInTheDocument();
  });

  it('confirms a pending booking (no outcome before it is confirmed)', async () => {
    const pending = booking({ id: 'b1', status: 'PENDING' });
    const { operations, onChanged } = renderDetails(pending, AFTER);
    expect(screen.queryByRole('button', { name: 'Terminé' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(
        expect.objectContaining({ status: 'CONFIRMED' }),
        'Rendez-vous confirmé.',
      ),
    );
    expect(operations.find((o) => operationName(o) === 'ConfirmBooking')?.variables).toEqual({ id: 'b1' });
  });

  it('offers Absent and Terminé only once the appointment has started, and says why', () => {
    renderDetails(booking({ id: 'b1' }), BEFORE);
    expect(screen.getByRole('button', { name: 'Terminé' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Absent' })).toBeDisabled();
    expect(
      screen.getByText('Possible à partir de 10:00, une fois le rendez-vous commencé.'),
    ).toBeInTheDocument();
  });

  it('enables them after the start', () => {
    renderDetails(booking({ id: 'b1' }), AFTER);
    expect(screen.getByRole('button', { name: 'Terminé' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Absent' })).toBeEnabled();
    expect(screen.queryByText(/Possible à partir de/)).not.toBeInTheDocument();
  });

  it('cancels with a reason', async () => {
    const { operations, onChanged } = renderDetails(booking({ id: 'b1' }), BEFORE);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le rendez-vous' }));
    fireEvent.change(await screen.findByLabelText('Motif (facultatif)'), { target: { value: 'Malade' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Annuler le rendez-vous' }).at(-1) as HTMLElement);
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(
        expect.objectContaining({ status: 'CANCELLED' }),
        'Rendez-vous annulé.',
      ),
    );
    expect(operations.find((o) => operationName(o) === 'CancelBooking')?.variables).toEqual({
      input: { id: 'b1', reason: 'Malade' },
    });
  });

  it('offers nothing for a finished booking', () => {
    renderDetails(booking({ id: 'b1', status: 'COMPLETED' }), AFTER);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
