import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { Route, Routes } from 'react-router-dom';
import { byOperation, fakeClient, graphqlError } from '@serenaia/shared/testing/urql';
import { settingsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { GiftCardsPage } from './GiftCardsPage';

const SHOP = {
  data: {
    giftCardShop: {
      __typename: 'GiftCardShop',
      presetAmountsCents: [3000, 5000],
      minFreeAmountCents: 2000,
      maxFreeAmountCents: 50000,
      methods: ['CARD_ONLINE', 'PAYPAL', 'BANK_TRANSFER'],
      transferOrderHours: 168,
      onlineSaleEnabled: true,
    },
    services: [
      { __typename: 'Service', id: 's1', name: 'Soin éclat', priceCents: 8500, durationMinutes: 60 },
    ],
  },
};

const ORDER = {
  __typename: 'GiftCardOrder',
  id: 'order-1',
  reference: 'CC-ABC234',
  status: 'PENDING_PAYMENT',
  kind: 'AMOUNT',
  serviceName: null,
  faceValueCents: 4200,
  priceCents: 4200,
  method: 'BANK_TRANSFER',
  recipientName: 'Léa',
  sendToBuyer: true,
  deliverOn: null,
  expiresAt: '2030-01-14T09:00:00.000Z',
  paidAt: null,
  transfer: null,
};

function renderPage(
  purchase: (operation: Operation) => ReturnType<typeof graphqlError>,
  shop: unknown = SHOP,
) {
  const fake = fakeClient(
    byOperation({
      SiteSettings: () => settingsResult(),
      GiftCardShop: () => shop as typeof SHOP,
      PurchaseGiftCard: purchase,
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/cartes-cadeaux" element={<GiftCardsPage />} />
      <Route path="/cartes-cadeaux/commande/:id" element={<p>Page de la commande</p>} />
    </Routes>,
    { client: fake.client, route: '/cartes-cadeaux' },
  );
  return fake;
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the gift-card page', () => {
  it('says the shop is closed when the institute stopped selling online, with no form', async () => {
    renderPage(() => graphqlError('unexpected', 'INTERNAL'), {
      data: { ...SHOP.data, giftCardShop: { ...SHOP.data.giftCardShop, onlineSaleEnabled: false } },
    });
    expect(await screen.findByText(/ne sont pas en vente en ligne pour le moment/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Commander la carte/ })).toBeNull();
  });

  it('checks the form in the browser first, without calling the server', async () => {
    const fake = renderPage(() => graphqlError('unexpected', 'INTERNAL'));
    fireEvent.click(await screen.findByRole('button', { name: /^Commander la carte/ }));
    expect(await screen.findByText('Choisissez un montant ou une prestation.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez un moyen de paiement.')).toBeInTheDocument();
    expect(fake.operations.some((o) => o.kind === 'mutation')).toBe(false);
    // PayPal is offered where the institute takes it.
    const methods = screen.getByRole('radiogroup', { name: 'Paiement' });
    expect(within(methods).getByRole('radio', { name: 'PayPal' })).toBeInTheDocument();
  });

  it('sends a free amount by transfer, "send to me", and opens the order page', async () => {
    const fake = renderPage(() => ({
      data: {
        purchaseGiftCard: {
          __typename: 'GiftCardPurchase',
          token: 'signed-token-of-the-order',
          paymentId: null,
          provider: null,
          stripeClientSecret: null,
          stripePublishableKey: null,
          paypalOrderId: null,
          paypalClientId: null,
          order: ORDER,
        },
      },
    }));
    fireEvent.click(await screen.findByRole('button', { name: 'Autre montant' }));
    type('Montant en euros', '42');
    type('Votre nom', 'Camille');
    type('Votre e-mail', 'camille@exemple.fr');
    type('Nom du bénéficiaire', 'Léa');
    fireEvent.click(screen.getByLabelText('M’envoyer la carte (je l’offrirai moi-même)'));
    // The delivery day is typed the French way, whatever the browser's language.
    const day = screen.getByLabelText('Date d’envoi');
    expect(day).toHaveAttribute('placeholder', 'jj/mm/aaaa');
    fireEvent.change(day, { target: { value: '14/02/2030' } });
    fireEvent.blur(day);
    expect(day).toHaveValue('14/02/2030');
    fireEvent.click(screen.getByRole('radio', { name: 'Virement bancaire' }));
    // A double click: one order sent, with its submission key.
    const submit = screen.getByRole('button', { name: /^Commander la carte de 42/ });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText('Page de la commande')).toBeInTheDocument();
    const sent = fake.operations.filter((o) => o.kind === 'mutation');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toEqual({
      input: expect.objectContaining({
        amountCents: 4200,
        serviceId: null,
        sendToBuyer: true,
        recipientEmail: null,
        deliverOn: '2030-02-14',
        method: 'BANK_TRANSFER',
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      }),
    });
  });

  it('refuses a delivery day that is not a date, in French, before any call', async () => {
    renderPage(() => graphqlError('unexpected', 'INTERNAL'));
    const day = await screen.findByLabelText('Date d’envoi');
    fireEvent.change(day, { target: { value: '31/02/2030' } });
    fireEvent.blur(day);
    expect(
      await screen.findByText('Date d’envoi invalide : saisissez-la au format jj/mm/aaaa.'),
    ).toBeInTheDocument();
  });

  it('does not send the order (with no day, i.e. at once) while the typed delivery day is not a date', async () => {
    const fake = renderPage(() => graphqlError('unexpected', 'INTERNAL'));
    fireEvent.click(await screen.findByRole('button', { name: 'Autre montant' }));
    type('Montant en euros', '42');
    type('Votre nom', 'Camille');
    type('Votre e-mail', 'camille@exemple.fr');
    type('Nom du bénéficiaire', 'Léa');
    fireEvent.click(screen.getByLabelText('M’envoyer la carte (je l’offrirai moi-même)'));
    fireEvent.click(screen.getByRole('radio', { name: 'Virement bancaire' }));
    const day = screen.getByLabelText('Date d’envoi');
    fireEvent.change(day, { target: { value: '31/02/2030' } });
    fireEvent.blur(day);
    fireEvent.click(screen.getByRole('button', { name: /^Commander la carte de 42/ }));
    expect(
      await screen.findByText('Date d’envoi invalide : saisissez-la au format jj/mm/aaaa.'),
    ).toBeInTheDocument();
    expect(fake.operations.some((o) => o.kind === 'mutation')).toBe(false);
  });

  it('shows the server’s refusal on its field', async () => {
    renderPage(() =>
      graphqlError('Adresse e-mail du bénéficiaire invalide.', 'BAD_USER_INPUT', {
        fields: [{ field: 'input.recipientEmail', message: 'Adresse e-mail du bénéficiaire invalide.' }],
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: /^30/ }));
    type('Votre nom', 'Camille');
    type('Votre e-mail', 'camille@exemple.fr');
    type('Nom du bénéficiaire', 'Léa');
    type('E-mail du bénéficiaire', 'lea@exemple.fr');
    fireEvent.click(screen.getByRole('radio', { name: 'Carte bancaire' }));
    fireEvent.click(screen.getByRole('button', { name: /^Commander la carte de 30/ }));
    await waitFor(() => expect(screen.getByText('Vérifiez les champs signalés.')).toBeInTheDocument());
    expect(screen.getByText('Adresse e-mail du bénéficiaire invalide.')).toBeInTheDocument();
  });
});
