import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult } from '@urql/core';
import { formatTime } from '@serenaia/shared/paris-time';
import { renderWithProviders } from '../../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { AgendaToast, useAgendaNotice } from '../AgendaToast';
import { LEA, booking } from '../testing/agenda-fixtures';
import { withPendingMoves, type AgendaBooking } from './agenda-state';
import { useMoveBooking } from './useMoveBooking';

function Harness({ original }: { original: AgendaBooking }) {
  const { notice, notify, notifyError, close } = useAgendaNotice();
  const [current, setCurrent] = [
    original,
    (b: AgendaBooking) => notify('success', `Déplacé à ${formatTime(b.start)}`),
  ];
  const { pending, move } = useMoveBooking({ onMoved: setCurrent, onFailed: notifyError });
  const [shown] = withPendingMoves([current], pending);
  return (
    <>
      <p data-testid="where">
        {formatTime(shown?.start ?? '')} {shown?.items[0]?.practitionerId}
      </p>
      <button
        type="button"
        onClick={() =>
          void move(current, { start: Date.parse('2026-11-26T13:00:00Z'), practitionerId: LEA.id })
        }
      >
        Déplacer
      </button>
      <AgendaToast notice={notice} onClose={close} />
    </>
  );
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('moving a booking', () => {
  it('shows it at once at its new place, then puts it back and shows the conflict toast with free slots', async () => {
    const answer = deferred<ExecutionResult>();
    const { client, operations } = fakeClient((op) =>
      operationName(op) === 'RescheduleBooking' ? answer.promise : { data: null },
    );
    renderWithProviders(<Harness original={booking({ id: 'b1' })} />, { client });
    expect(screen.getByTestId('where')).toHaveTextContent('10:00 p-camille');

    fireEvent.click(screen.getByRole('button', { name: 'Déplacer' }));
    expect(screen.getByTestId('where')).toHaveTextContent('14:00 p-lea');
    await waitFor(() => expect(operations.map(operationName)).toContain('RescheduleBooking'));
    expect(operations.find((o) => operationName(o) === 'RescheduleBooking')?.variables).toEqual({
      input: { id: 'b1', start: '2026-11-26T13:00:00.000Z', practitionerId: LEA.id },
    });

    answer.resolve(
      graphqlError(
        'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches.',
        'CONFLICT',
        {
          alternatives: [
            {
              start: '2026-11-26T14:00:00.000Z',
              end: '2026-11-26T14:30:00.000Z',
              practitionerId: LEA.id,
              practitionerName: 'Léa Fontaine',
            },
            '2026-11-26T15:30:00.000Z',
          ],
        },
      ),
    );
    const toast = await screen.findByRole('alert');
    expect(toast).toHaveTextContent(
      'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches.',
    );
    expect(within(toast).getByText('Créneaux libres les plus proches :')).toBeInTheDocument();
    expect(within(toast).getByText('jeu. 26/11 15:00 · Léa Fontaine')).toBeInTheDocument();
    expect(within(toast).getByText('jeu. 26/11 16:30')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('10:00 p-camille');
  });

  it('shows any other error’s French message, or the network message', async () => {
    const { client } = fakeClient((op) => {
      if (operationName(op) !== 'RescheduleBooking') return { data: null };
      throw new TypeError('Failed to fetch');
    });
    renderWithProviders(<Harness original={booking({ id: 'b1' })} />, { client });
    fireEvent.click(screen.getByRole('button', { name: 'Déplacer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    );
    expect(screen.getByTestId('where')).toHaveTextContent('10:00 p-camille');
  });

  it('does not send anything for a booking that can no longer move', async () => {
    const { client, operations } = fakeClient(() => ({ data: null }));
    renderWithProviders(<Harness original={booking({ id: 'b1', status: 'COMPLETED' })} />, { client });
    fireEvent.click(screen.getByRole('button', { name: 'Déplacer' }));
    expect(screen.getByTestId('where')).toHaveTextContent('10:00 p-camille');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(operations.map(operationName)).not.toContain('RescheduleBooking');
  });
});
