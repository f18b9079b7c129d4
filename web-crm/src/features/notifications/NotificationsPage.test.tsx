import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { Route, Routes } from 'react-router-dom';
import { meResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { NotificationsPage } from './NotificationsPage';
import { notification } from '../../testing/notifications';

const ROWS = [
  notification({ id: 'n-sent' }),
  notification({
    id: 'n-failed',
    status: 'FAILED',
    attempts: 5,
    sentAt: null,
    lastError: 'connect ECONNREFUSED 127.0.0.1:2525',
  }),
  notification({
    id: 'n-skipped',
    channel: 'SMS',
    recipient: '+33612345678',
    status: 'SKIPPED',
    sentAt: null,
    skipReason: 'La cliente ou le client a refusé les SMS.',
  }),
  notification({
    id: 'n-logged',
    channel: 'SMS',
    recipient: '+33612345678',
    status: 'CAPTURED',
    sentAt: null,
  }),
  notification({ id: 'n-caught', status: 'CAPTURED', sentAt: null }),
  notification({
    id: 'n-queued',
    channel: 'SMS',
    template: 'BOOKING_REMINDER',
    recipient: '+33612345678',
    status: 'QUEUED',
    sentAt: null,
    attempts: 0,
    createdAt: '2026-11-25T21:30:00.000Z',
    scheduledFor: '2026-11-26T07:00:00.000Z',
  }),
];

function setup(route = '/notifications') {
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult('STAFF');
      case 'Notifications':
        return {
          data: { notifications: { __typename: 'NotificationPage', total: ROWS.length, items: ROWS } },
        };
      case 'ResendNotification':
        return {
          data: {
            resendNotification: notification({ id: 'n-new', status: 'QUEUED', resendOfId: 'n-failed' }),
          },
        };
      default:
        return { data: null };
    }
  });
  renderWithProviders(
    <Routes>
      <Route path="/notifications" element={<NotificationsPage />} />
    </Routes>,
    { client, route },
  );
  const sent = (name: string) => operations.filter((op) => operationName(op) === name);
  return { sent };
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-notification-id="${id}"]`)!;

describe('NotificationsPage', () => {
  it('lists the messages with their status in French, the reason of a skip and the error of a failure', async () => {
    setup();
    expect(await screen.findByText('6 messages')).toBeInTheDocument();
    expect(within(rowOf('n-sent')).getByText('Envoyé')).toBeInTheDocument();
    expect(within(rowOf('n-sent')).getByText('Confirmation')).toBeInTheDocument();
    expect(
      within(rowOf('n-sent')).getByRole('link', { name: 'Julie Martin · 26/11/2026 10:00' }),
    ).toHaveAttribute('href', '/agenda?rdv=b1');
    expect(within(rowOf('n-failed')).getByText('Échec')).toBeInTheDocument();
    expect(
      within(rowOf('n-failed')).getByText('Dernière erreur : connect ECONNREFUSED 127.0.0.1:2525'),
    ).toBeInTheDocument();
    expect(within(rowOf('n-failed')).getByText('5 tentatives')).toBeInTheDocument();
    expect(within(rowOf('n-skipped')).getByText('Non envoyé')).toBeInTheDocument();
    expect(
      within(rowOf('n-skipped')).getByText('La cliente ou le client a refusé les SMS.'),
    ).toBeInTheDocument();
    expect(within(rowOf('n-skipped')).getByText('06 12 34 56 78')).toBeInTheDocument();
    expect(rowOf('n-sent')).toHaveTextContent('julie.martin@exemple.fr');
    // An SMS only written to the server log (development) says so, never "Envoyé".
    expect(within(rowOf('n-logged')).getByText('Journalisé (développement)')).toBeInTheDocument();
    expect(
      within(rowOf('n-logged')).getByText(
        'Écrit dans le journal du serveur, pas envoyé : OVH n’est pas configuré (développement).',
      ),
    ).toBeInTheDocument();
    expect(within(rowOf('n-logged')).queryByText('Envoyé')).not.toBeInTheDocument();
    expect(within(rowOf('n-logged')).queryByText(/^Envoyé le/)).not.toBeInTheDocument();
    // An e-mail kept by the development mail catcher likewise.
    expect(within(rowOf('n-caught')).getByText('Capturé par MailDev (développement)')).toBeInTheDocument();
    expect(within(rowOf('n-caught')).queryByText('Envoyé')).not.toBeInTheDocument();
    // An SMS held back for the night says when it leaves, and cannot be resent while it waits.
    expect(within(rowOf('n-queued')).getByText('En file')).toBeInTheDocument();
    expect(within(rowOf('n-queued')).getByText('Prévu le 26/11/2026 08:00')).toBeInTheDocument();
    expect(within(rowOf('n-queued')).queryByRole('button', { name: /^Renvoyer/ })).not.toBeInTheDocument();
  });

  it('sends the filters from the URL and the chosen ones, with the period as Paris days', async () => {
    const { sent } = setup('/notifications?statut=FAILED&du=2026-11-01&au=2026-11-30');
    await screen.findByText('6 messages');
    expect(sent('Notifications')[0].variables).toEqual({
      filter: { status: 'FAILED', from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' },
      page: { offset: 0, limit: 25 },
    });
    fireEvent.mouseDown(screen.getByLabelText('Canal'));
    fireEvent.click(await screen.findByRole('option', { name: 'SMS' }));
    await waitFor(() =>
      expect(sent('Notifications').at(-1)?.variables).toMatchObject({
        filter: { status: 'FAILED', channel: 'SMS' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(sent('Notifications').at(-1)?.variables).toMatchObject({ filter: {} }));
  });

  it('resends a failed message and reloads the log', async () => {
    const { sent } = setup();
    await screen.findByText('6 messages');
    fireEvent.click(
      within(rowOf('n-failed')).getByRole('button', {
        name: 'Renvoyer : Confirmation (E-mail) à julie.martin@exemple.fr',
      }),
    );
    expect(await screen.findByText('Message remis en file d’envoi.')).toBeInTheDocument();
    expect(sent('ResendNotification')[0].variables).toEqual({ id: 'n-failed' });
    await waitFor(() => expect(sent('Notifications').length).toBeGreaterThan(1));
  });
});
