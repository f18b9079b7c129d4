import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { deliveryActions, ResendGiftCardDialog, type Notice } from './GiftCardDelivery';
import { PendingTransfers } from './PendingTransfers';

const CARD = { id: '6f1c1d1e-0000-4000-8000-0000000000aa', last4: 'Q7HX', deliveryEmail: 'lea@exemple.fr' };
const ORDER = {
  __typename: 'GiftCardOrder',
  id: '6f1c1d1e-0000-4000-8000-0000000000bb',
  reference: 'CC-7KQ2ZX',
  status: 'PENDING_PAYMENT',
  kind: 'AMOUNT',
  serviceName: null,
  priceCents: 5000,
  faceValueCents: 5000,
  buyerName: 'Camille Martin',
  buyerEmail: 'camille@exemple.fr',
  recipientName: 'Léa',
  createdAt: '2026-12-01T09:00:00.000Z',
  expiresAt: '2026-12-08T09:00:00.000Z',
  giftCardId: null,
};

describe('sending and printing a card', () => {
  it('says where the card goes, checks another address here, and reports where it went', async () => {
    const notices: Notice[] = [];
    const { client, operations } = fakeClient((op) =>
      operationName(op) === 'ResendGiftCard'
        ? {
            data: {
              resendGiftCard: { __typename: 'GiftCardResend', sentTo: 'jules@exemple.fr', giftCard: null },
            },
          }
        : { data: {} },
    );
    renderWithProviders(
      <ResendGiftCardDialog card={CARD} onDone={(n) => notices.push(n)} onClose={() => undefined} />,
      { client },
    );
    expect(screen.getByText(/sera envoyée à lea@exemple.fr/)).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText(/L’envoyer à une autre adresse/));
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: 'jules@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByText(/Saisissez une adresse e-mail valide/)).toBeInTheDocument();
    expect(operations.filter((o) => operationName(o) === 'ResendGiftCard')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: ' jules@exemple.fr ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() =>
      expect(notices).toEqual([{ severity: 'success', message: 'Carte envoyée à jules@exemple.fr.' }]),
    );
    expect(operations.find((o) => operationName(o) === 'ResendGiftCard')?.variables).toEqual({
      input: { id: CARD.id, email: 'jules@exemple.fr' },
    });
  });

  it('keeps a refusal in the dialog', async () => {
    const notices: Notice[] = [];
    const { client } = fakeClient((op) =>
      operationName(op) === 'ResendGiftCard'
        ? graphqlError('Cette carte cadeau est annulée : elle ne peut pas être renvoyée.', 'CONFLICT')
        : { data: {} },
    );
    renderWithProviders(
      <ResendGiftCardDialog card={CARD} onDone={(n) => notices.push(n)} onClose={() => undefined} />,
      { client },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La carte n’a pas été envoyée. Cette carte cadeau est annulée : elle ne peut pas être renvoyée.',
    );
    expect(notices).toEqual([]);
  });

  it.each([
    ['ACTIVE', { resend: true, pdf: true }],
    ['USED', { resend: true, pdf: true }],
    ['EXPIRED', { resend: false, pdf: true }],
    ['CANCELLED', { resend: false, pdf: false }],
    ['PENDING_PAYMENT', { resend: false, pdf: false }],
  ])('offers sending and printing for a %s card as the server allows', (status, expected) => {
    expect(deliveryActions({ status })).toEqual(expected);
  });
});

describe('orders waiting for a transfer', () => {
  const setup = (
    mark: () => unknown,
    permissions = ['pendingGiftCardTransfers', 'markGiftCardTransferReceived'],
  ) => {
    const { client, operations } = fakeClient((op) => {
      switch (operationName(op)) {
        case 'MyPermissions':
          return { data: { myPermissions: permissions } };
        case 'PendingGiftCardTransfers':
          return { data: { pendingGiftCardTransfers: [ORDER] } };
        case 'MarkGiftCardTransferReceived':
          return mark() as never;
        default:
          return { data: {} };
      }
    });
    renderWithProviders(<PendingTransfers />, { client });
    return { marks: () => operations.filter((o) => operationName(o) === 'MarkGiftCardTransferReceived') };
  };

  it('asks before recording the money, then says the card is issued', async () => {
    const { marks } = setup(() => ({
      data: { markGiftCardTransferReceived: { ...ORDER, status: 'PAID', giftCardId: CARD.id } },
    }));
    expect(await screen.findAllByText('CC-7KQ2ZX')).not.toHaveLength(0);
    fireEvent.click(screen.getAllByRole('button', { name: 'Virement reçu' })[0]);
    expect(screen.getByRole('alertdialog')).toHaveTextContent(/50,00\s€ de Camille Martin/);
    expect(marks()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, virement reçu' }));
    expect(
      await screen.findByText('Virement CC-7KQ2ZX enregistré : la carte est émise.'),
    ).toBeInTheDocument();
    expect(marks()[0]?.variables).toEqual({ input: { orderId: ORDER.id } });
    expect(screen.getByRole('link', { name: 'Voir la carte' })).toHaveAttribute(
      'href',
      `/cartes-cadeaux/${CARD.id}`,
    );
  });

  it('a transfer marked already (another tab) is said calmly, not as an error', async () => {
    setup(() => graphqlError('Ce virement a déjà été enregistré.', 'CONFLICT'));
    fireEvent.click((await screen.findAllByRole('button', { name: 'Virement reçu' }))[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, virement reçu' }));
    expect(
      await screen.findByText(
        'Le virement CC-7KQ2ZX était déjà enregistré : la carte a été émise une seule fois.',
      ),
    ).toBeInTheDocument();
  });

  it('hides the button from a role the server refuses', async () => {
    setup(() => ({ data: {} }), ['pendingGiftCardTransfers']);
    expect(await screen.findAllByText('CC-7KQ2ZX')).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Virement reçu' })).toBeNull();
  });
});
