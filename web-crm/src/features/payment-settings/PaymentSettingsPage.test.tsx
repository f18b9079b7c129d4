import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { PaymentSettingsPage } from './PaymentSettingsPage';

const SETTINGS = {
  __typename: 'PaymentSettings',
  onlineProvider: 'STRIPE',
  stripePublishableKey: 'pk_test_123',
  stripeSecretKeyHint: '••••4242',
  stripeWebhookSecretHint: null,
  sumupMerchantCode: null,
  sumupApiKeyHint: null,
  paypalClientId: null,
  paypalClientSecretHint: '••••',
  paypalWebhookId: null,
  staffCanRefund: false,
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
      case 'PaymentSettings':
        return { data: { paymentSettings: SETTINGS } };
      case 'UpdatePaymentSettings': {
        if (update) return update(op);
        const input = (op.variables as { input: Record<string, unknown> }).input;
        return {
          data: {
            updatePaymentSettings: {
              ...SETTINGS,
              ...(typeof input.stripeWebhookSecret === 'string'
                ? { stripeWebhookSecretHint: '••••_xyz' }
                : {}),
              ...(input.staffCanRefund === undefined ? {} : { staffCanRefund: input.staffCanRefund }),
            },
          },
        };
      }
      default:
        return { data: null };
    }
  });
  renderWithProviders(<PaymentSettingsPage />, { client });
  return { operations };
}

const secretInputs = () => [...document.querySelectorAll<HTMLInputElement>('input[data-secret="true"]')];

describe('PaymentSettingsPage', () => {
  it('shows who takes deposits, the plain values, and secrets only as hints: never prefilled', async () => {
    setup();
    expect(await screen.findByTestId('online-provider')).toHaveTextContent('Stripe');
    expect(screen.getByLabelText('Clé publique')).toHaveValue('pk_test_123');
    expect(screen.getByText('Enregistrée (…4242)')).toBeInTheDocument();
    expect(screen.getByText('Enregistrée')).toBeInTheDocument(); // PayPal: a hint without characters
    expect(screen.getAllByText('Non renseignée')).toHaveLength(2);
    const secrets = secretInputs();
    expect(secrets).toHaveLength(4);
    for (const input of secrets) {
      expect(input).toHaveValue('');
      expect(input).toHaveAttribute('type', 'password');
      expect(input).toHaveAttribute('autocomplete', 'new-password');
    }
    expect(document.body.innerHTML).not.toContain('••••4242');
    expect(screen.getByRole('switch', { name: 'Le personnel peut rembourser' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('sends only what changed, forgets the typed secret once saved, and says so', async () => {
    const { operations } = setup();
    await screen.findByTestId('online-provider');
    fireEvent.change(screen.getByLabelText('Secret du webhook'), { target: { value: ' whsec_xyz ' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Le personnel peut rembourser' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Réglages des paiements enregistrés.')).toBeInTheDocument();
    expect(operations.find((o) => operationName(o) === 'UpdatePaymentSettings')?.variables).toEqual({
      input: { stripeWebhookSecret: 'whsec_xyz', staffCanRefund: true },
    });
    expect(screen.getByText('Enregistrée (…_xyz)')).toBeInTheDocument();
    for (const input of secretInputs()) expect(input).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('removes a stored secret and clears a plain value on request', async () => {
    const { operations } = setup();
    await screen.findByTestId('online-provider');
    const stripe = screen.getByRole('region', { name: 'Stripe' });
    fireEvent.click(within(stripe).getByRole('button', { name: 'Supprimer' }));
    expect(within(stripe).getByText('Sera supprimée à l’enregistrement.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Clé publique'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(operations.find((o) => operationName(o) === 'UpdatePaymentSettings')?.variables).toEqual({
        input: { stripePublishableKey: '', stripeSecretKey: '' },
      }),
    );
  });

  it('shows a refusal from the server', async () => {
    setup('ADMIN', () => graphqlError('Accès réservé aux administrateurs.', 'FORBIDDEN'));
    await screen.findByTestId('online-provider');
    fireEvent.click(screen.getByRole('switch', { name: 'Le personnel peut rembourser' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les réglages n’ont pas été enregistrés. Accès réservé aux administrateurs.',
    );
  });

  it('is for admins only: staff are told so and nothing is asked of the server', async () => {
    const { operations } = setup('STAFF');
    expect(await screen.findByText('Cette page est réservée aux administrateurs.')).toBeInTheDocument();
    expect(operations.some((o) => operationName(o) === 'PaymentSettings')).toBe(false);
    expect(secretInputs()).toHaveLength(0);
  });
});
