import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import type { GiftCardFullFragment } from '../../gql/graphql';
import { giftCardActions } from './GiftCardDetailPage';
import { CancelGiftCardDialog, ExtendGiftCardDialog } from './GiftCardDialogs';
import { SoldAtTillNotice } from './SoldAtTillNotice';

const CARD = {
  id: '6f1c1d1e-0000-4000-8000-0000000000aa',
  last4: 'Q7HX',
  expiresAt: '2027-11-30T23:00:00.000Z',
};

function setup(dialog: 'extend' | 'cancel', answer: (op: Operation) => unknown, card = CARD) {
  const done: string[] = [];
  const { client, operations } = fakeClient((op) => {
    if (['ExtendGiftCard', 'CancelGiftCard'].includes(operationName(op))) return answer(op) as never;
    return { data: {} };
  });
  const Dialog = dialog === 'extend' ? ExtendGiftCardDialog : CancelGiftCardDialog;
  renderWithProviders(<Dialog card={card} onDone={(m) => done.push(m)} onClose={() => undefined} />, {
    client,
  });
  const sent = () =>
    operations.filter((o) => ['ExtendGiftCard', 'CancelGiftCard'].includes(operationName(o)));
  return { done, sent };
}

const full = (changes: Partial<GiftCardFullFragment>): GiftCardFullFragment =>
  ({
    status: 'ACTIVE',
    balanceCents: 5000,
    faceValueCents: 5000,
    movements: [],
    ...changes,
  }) as GiftCardFullFragment;

describe('gift-card dialogs', () => {
  it('extends with the date typed the French way and a reason, after checking both here', async () => {
    const { done, sent } = setup('extend', () => ({
      data: { extendGiftCard: { __typename: 'GiftCard', id: CARD.id } },
    }));
    expect(screen.getByText(/Valable aujourd’hui jusqu’au 30\/11\/2027/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Prolonger' }));
    expect(screen.getByText('Saisissez la nouvelle date de fin.')).toBeInTheDocument();
    expect(screen.getByText('Indiquez un motif (3 à 200 caractères).')).toBeInTheDocument();
    expect(sent()).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Nouvelle date de fin (jj/mm/aaaa)'), {
      target: { value: '31/5/2028' },
    });
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: '  Cliente hospitalisée ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prolonger' }));
    await waitFor(() => expect(done).toEqual(['Carte prolongée jusqu’au 31/05/2028.']));
    expect(sent()[0]?.variables).toEqual({
      input: { id: CARD.id, lastValidDate: '2028-05-31', reason: 'Cliente hospitalisée' },
    });
  });

  it('shows the server’s refusal on the date field', async () => {
    const { done } = setup('extend', () =>
      graphqlError('Invalid', 'BAD_USER_INPUT', {
        fields: [{ field: 'input.lastValidDate', message: 'La carte est déjà valable jusqu’au 30/11/2027.' }],
      }),
    );
    fireEvent.change(screen.getByLabelText('Nouvelle date de fin (jj/mm/aaaa)'), {
      target: { value: '01/01/2027' },
    });
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'Erreur' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prolonger' }));
    expect(await screen.findByText('La carte est déjà valable jusqu’au 30/11/2027.')).toBeInTheDocument();
    expect(done).toEqual([]);
  });

  it('cancels with a reason; a conflict stays in the dialog', async () => {
    const { done, sent } = setup('cancel', () =>
      graphqlError('Seule une carte jamais utilisée peut être annulée.', 'CONFLICT'),
    );
    expect(screen.getByRole('button', { name: 'Garder la carte' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler la carte' }));
    expect(screen.getByText('Indiquez un motif (3 à 200 caractères).')).toBeInTheDocument();
    expect(sent()).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Motif de l’annulation'), { target: { value: 'Doublon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Annuler la carte' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Seule une carte jamais utilisée peut être annulée.',
    );
    expect(sent()[0]?.variables).toEqual({ input: { id: CARD.id, reason: 'Doublon' } });
    expect(done).toEqual([]);
  });

  it('says that a card paid online is refunded with its cancellation', () => {
    setup('cancel', () => ({ data: {} }));
    expect(
      screen.getByText(/Payée en ligne, son paiement est remboursé à l’acheteur en même temps/),
    ).toBeInTheDocument();
  });

  it('a card sold at the till: no « Annuler la carte », a credit note on its ticket n° instead', () => {
    const saleId = '6f1c1d1e-0000-4000-8000-0000000000bb';
    const { client } = fakeClient(() => ({ data: {} }));
    renderWithProviders(<SoldAtTillNotice card={{ saleId, saleNumber: 42 }} />, { client });
    expect(
      screen.getByText(
        'Vendue en caisse sur le ticket n° 42 : cette carte ne s’annule pas ici. Pour la reprendre et rembourser l’acheteur, faites un avoir sur ce ticket.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir le ticket n° 42' })).toHaveAttribute(
      'href',
      `/caisse/ventes/${saleId}`,
    );
    expect(screen.queryByRole('button', { name: 'Annuler la carte' })).toBeNull();
  });

  const SOLD = { saleId: '6f1c1d1e-0000-4000-8000-0000000000bb', saleNumber: 42 };
  it.each([
    [{}, { extend: true, cancel: true, creditNote: false }],
    [{ balanceCents: 3000 }, { extend: true, cancel: false, creditNote: false }],
    [{ status: 'EXPIRED', balanceCents: 0 } as const, { extend: true, cancel: false, creditNote: false }],
    [{ status: 'USED', balanceCents: 0 } as const, { extend: false, cancel: false, creditNote: false }],
    [{ status: 'CANCELLED', balanceCents: 0 } as const, { extend: false, cancel: false, creditNote: false }],
    [
      { status: 'PENDING_PAYMENT', balanceCents: 0 } as const,
      { extend: false, cancel: false, creditNote: false },
    ],
    [SOLD, { extend: true, cancel: false, creditNote: true }],
    [
      { ...SOLD, balanceCents: 3000 },
      { extend: true, cancel: false, creditNote: false },
    ],
    [
      { ...SOLD, status: 'CANCELLED', balanceCents: 0 } as const,
      { extend: false, cancel: false, creditNote: false },
    ],
  ])('offers the actions the server would run for %j', (changes, expected) => {
    expect(giftCardActions(full(changes))).toEqual(expected);
  });
});
