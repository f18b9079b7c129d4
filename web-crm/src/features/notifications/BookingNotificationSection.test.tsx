import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { BookingNotificationSection } from './BookingNotificationSection';
import { notification } from '../../testing/notifications';

function setup(resend: 'ok' | 'error' = 'ok') {
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'BookingNotifications':
        return {
          data: {
            notifications: {
              __typename: 'NotificationPage',
              total: 2,
              items: [
                notification({ id: 'n-mail' }),
                notification({
                  id: 'n-sms',
                  channel: 'SMS',
                  recipient: '+33612345678',
                  status: 'FAILED',
                  attempts: 5,
                  lastError: 'OVH: 403 This call has not been granted',
                }),
              ],
            },
          },
        };
      case 'ResendNotification':
        return resend === 'ok'
          ? { data: { resendNotification: notification({ id: 'n-new', status: 'QUEUED' }) } }
          : graphqlError('Notification introuvable.', 'NOT_FOUND');
      default:
        return { data: null };
    }
  });
  const onNotify = jest.fn();
  renderWithProviders(<BookingNotificationSection bookingId="b1" status="CONFIRMED" onNotify={onNotify} />, {
    client,
  });
  return { operations, onNotify };
}

describe('BookingNotificationSection', () => {
  it('lists the booking’s messages with their status, and resends one', async () => {
    const { operations, onNotify } = setup();
    const list = await screen.findByRole('list', { name: 'Messages' });
    expect(operations.find((op) => operationName(op) === 'BookingNotifications')?.variables).toEqual({
      bookingId: 'b1',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Envoyé')).toBeInTheDocument();
    expect(within(items[1]).getByText('Échec')).toBeInTheDocument();
    expect(
      within(items[1]).getByText('Dernière erreur : OVH: 403 This call has not been granted'),
    ).toBeInTheDocument();
    fireEvent.click(within(items[1]).getByRole('button', { name: /^Renvoyer : Confirmation \(SMS\)/ }));
    await waitFor(() => expect(onNotify).toHaveBeenCalledWith('Message remis en file d’envoi.'));
    expect(operations.filter((op) => operationName(op) === 'ResendNotification')[0].variables).toEqual({
      id: 'n-sms',
    });
  });

  it('says why a resend was refused', async () => {
    setup('error');
    const list = await screen.findByRole('list', { name: 'Messages' });
    fireEvent.click(within(list).getAllByRole('button', { name: /^Renvoyer/ })[0]);
    expect(
      await screen.findByText('Le message n’a pas été renvoyé. Notification introuvable.'),
    ).toBeInTheDocument();
  });
});
