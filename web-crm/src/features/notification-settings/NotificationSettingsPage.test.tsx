import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { notification } from '../../testing/notifications';
import { NotificationSettingsPage } from './NotificationSettingsPage';

const SETTINGS = {
  __typename: 'NotificationSettings',
  smsSender: null,
  emailDelivery: 'PROVIDER',
  smsDelivery: 'DEVELOPMENT',
  templates: [
    { template: 'BOOKING_CONFIRMED', email: true, sms: true, smsAvailable: true },
    { template: 'BOOKING_REMINDER', email: true, sms: true, smsAvailable: true },
    { template: 'DEPOSIT_RECEIPT', email: true, sms: false, smsAvailable: false },
  ].map((row) => ({ __typename: 'NotificationTemplateSetting', ...row })),
};

const BOOKING = {
  __typename: 'Booking',
  id: 'b1',
  reference: 'RDV-7K2M',
  start: '2026-11-26T09:00:00.000Z',
  status: 'CONFIRMED',
  client: { __typename: 'Client', id: 'c1', firstName: 'Julie', lastName: 'Martin' },
  items: [{ __typename: 'BookingItem', id: 'i1', serviceName: 'Soin éclat express' }],
};

function setup(role: 'ADMIN' | 'STAFF' = 'ADMIN') {
  const { client, operations } = fakeClient((op: Operation) => {
    const vars = op.variables as Record<string, unknown>;
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'NotificationSettings':
        return { data: { notificationSettings: SETTINGS } };
      case 'UpdateNotificationSettings': {
        const input = vars.input as {
          smsSender?: string | null;
          templates?: { template: string; email: boolean }[];
        };
        return {
          data: {
            updateNotificationSettings: {
              ...SETTINGS,
              smsSender: input.smsSender === undefined ? SETTINGS.smsSender : input.smsSender,
              templates: SETTINGS.templates.map((row) => ({
                ...row,
                ...(input.templates?.find((x) => x.template === row.template) ?? {}),
              })),
            },
          },
        };
      }
      case 'PreviewBookings':
        return { data: { bookings: { __typename: 'BookingPage', items: [BOOKING] } } };
      case 'PreviewNotification':
        return vars.channel === 'SMS'
          ? {
              data: {
                previewNotification: {
                  __typename: 'NotificationPreview',
                  channel: 'SMS',
                  subject: null,
                  html: null,
                  text: 'Sérénaia : RDV confirmé jeu. 26 nov. à 10h00.',
                  segments: 1,
                  encoding: 'GSM7',
                },
              },
            }
          : {
              data: {
                previewNotification: {
                  __typename: 'NotificationPreview',
                  channel: 'EMAIL',
                  subject: 'Rendez-vous confirmé le jeudi 26 novembre 2026 à 10:00 – Sérénaia',
                  html: '<!doctype html><html><body><p>Bonjour Julie,</p></body></html>',
                  text: 'Bonjour Julie,',
                  segments: null,
                  encoding: null,
                },
              },
            };
      case 'SendTestNotification':
        return {
          data: {
            sendTestNotification: notification({
              id: 'n-test',
              status: 'QUEUED',
              isTest: true,
              recipient: (vars.input as { to: string }).to,
            }),
          },
        };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<NotificationSettingsPage />, { client });
  const sent = (name: string) => operations.filter((op) => operationName(op) === name);
  return { sent };
}

describe('NotificationSettingsPage', () => {
  it('shows each template’s switches per channel, and saves only what changed', async () => {
    const { sent } = setup();
    const email = await screen.findByRole('switch', { name: 'Confirmation par E-mail' });
    expect(email).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Rappel la veille par SMS' })).toBeChecked();
    // A template without an SMS version has no SMS switch.
    expect(screen.queryByRole('switch', { name: 'Reçu d’acompte par SMS' })).not.toBeInTheDocument();
    // Where each channel's messages end up, as it is: SMS only in the server log here.
    expect(screen.getByText('Serveur d’envoi configuré : les e-mails partent')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Développement : les SMS sont seulement écrits dans le journal du serveur, aucun ne part (OVH non configuré)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('OVH configuré : les SMS partent')).not.toBeInTheDocument();
    const save = screen.getByRole('button', { name: 'Enregistrer' });
    expect(save).toBeDisabled();

    fireEvent.click(email);
    fireEvent.change(screen.getByLabelText('Nom affiché'), { target: { value: 'Sérénaia' } });
    expect(screen.getByText('De 3 à 11 lettres ou chiffres, sans accent ni signe.')).toBeInTheDocument();
    expect(save).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Nom affiché'), { target: { value: 'Serenaia' } });
    fireEvent.click(save);
    expect(await screen.findByText('Réglages des messages enregistrés.')).toBeInTheDocument();
    expect(sent('UpdateNotificationSettings')[0].variables).toEqual({
      input: {
        smsSender: 'Serenaia',
        templates: [{ template: 'BOOKING_CONFIRMED', email: false, sms: true }],
      },
    });
    expect(screen.getByRole('switch', { name: 'Confirmation par E-mail' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('previews a template with a recent booking in a sandboxed frame, the SMS with its count, and sends a test', async () => {
    const { sent } = setup();
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent(
      'Rendez-vous confirmé le jeudi 26 novembre 2026 à 10:00 – Sérénaia',
    );
    expect(sent('PreviewNotification')[0].variables).toEqual({
      template: 'BOOKING_CONFIRMED',
      channel: 'EMAIL',
      bookingId: 'b1',
    });
    const frame = screen.getByTitle('Aperçu de l’e-mail');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Bonjour Julie,');
    expect(screen.getByLabelText('Rendez-vous')).toHaveTextContent('Julie Martin · 26/11/2026 10:00');

    // The test goes to the admin's own address unless another is typed.
    const test = screen.getByRole('region', { name: 'Envoyer un test' });
    expect(within(test).getByLabelText('Adresse e-mail')).toHaveValue('admin@serenaia.test');
    fireEvent.change(within(test).getByLabelText('Adresse e-mail'), {
      target: { value: 'essai@exemple.fr' },
    });
    fireEvent.click(within(test).getByRole('button', { name: 'Envoyer un test' }));
    expect(
      await screen.findByText('Test mis en file d’envoi vers essai@exemple.fr. Suivez-le dans Messages.'),
    ).toBeInTheDocument();
    expect(sent('SendTestNotification')[0].variables).toEqual({
      input: { template: 'BOOKING_CONFIRMED', channel: 'EMAIL', bookingId: 'b1', to: 'essai@exemple.fr' },
    });

    fireEvent.mouseDown(screen.getByLabelText('Canal'));
    fireEvent.click(await screen.findByRole('option', { name: 'SMS' }));
    expect(await screen.findByTestId('preview-segments')).toHaveTextContent(
      '1 SMS (alphabet GSM, 160 caractères) · 45 caractères',
    );
    expect(screen.getByTestId('preview-text')).toHaveTextContent(
      'Sérénaia : RDV confirmé jeu. 26 nov. à 10h00.',
    );
    await waitFor(() => expect(within(test).getByLabelText('Numéro de téléphone')).toHaveValue(''));
  });

  it('is for administrators only', async () => {
    setup('STAFF');
    expect(
      await screen.findByText('Seuls les administrateurs peuvent modifier les réglages des messages.'),
    ).toBeInTheDocument();
  });
});
