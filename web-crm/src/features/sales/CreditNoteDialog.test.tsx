import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { CreditNoteDialog } from './CreditNoteDialog';

const SALE = {
  id: '6f1c1d1e-0000-4000-8000-0000000000aa',
  number: 12,
  lines: [
    { id: 'l1', label: 'Soin visage', quantity: 1, totalInclCents: 6000 },
    { id: 'l2', label: 'Crème mains', quantity: 3, totalInclCents: 3000 },
  ],
  tenders: [{ kind: 'CARD_OTHER', status: 'CONFIRMED' }],
};

function setup(answer: (op: Operation) => unknown) {
  const issued: unknown[] = [];
  const { client, operations } = fakeClient((op) => {
    if (operationName(op) === 'IssueSaleCreditNote') return answer(op) as never;
    return { data: {} };
  });
  renderWithProviders(
    <CreditNoteDialog sale={SALE} onIssued={(n) => issued.push(n)} onClose={() => undefined} />,
    { client },
  );
  return { operations, issued };
}

describe('CreditNoteDialog', () => {
  it('takes back chosen units, refunds the estimate on the card paid with, and sends one credit note', async () => {
    const { operations, issued } = setup(() => ({
      data: { issueCreditNote: { __typename: 'Sale', id: 'cn1', number: 1, totalInclCents: -2000 } },
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Rendu + Crème mains' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rendu + Crème mains' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Montant estimé de l’avoir : 20,00\s€/);
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'Flacons abîmés' } });
    fireEvent.click(screen.getByRole('button', { name: 'Émettre l’avoir' }));
    await waitFor(() =>
      expect(issued).toEqual([{ __typename: 'Sale', id: 'cn1', number: 1, totalInclCents: -2000 }]),
    );
    const sent = operations.find((o) => operationName(o) === 'IssueSaleCreditNote');
    expect(sent?.variables).toMatchObject({
      input: {
        saleId: SALE.id,
        reason: 'Flacons abîmés',
        lines: [{ lineId: 'l2', quantity: 2 }],
        refunds: [{ kind: 'CARD_OTHER', amountCents: 2000 }],
      },
    });
  });

  it('refuses to send nothing or no reason, and shows the server’s refusal as it says it', async () => {
    const { operations } = setup(() =>
      graphqlError('Au-delà de 50,00 €, seul un administrateur peut émettre un avoir.', 'FORBIDDEN'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Émettre l’avoir' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez au moins une ligne à reprendre.');
    fireEvent.click(screen.getByRole('button', { name: 'Rendu + Soin visage' }));
    fireEvent.click(screen.getByRole('button', { name: 'Émettre l’avoir' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Indiquez le motif de l’avoir.');
    expect(operations.some((o) => operationName(o) === 'IssueSaleCreditNote')).toBe(false);
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'Réaction cutanée' } });
    fireEvent.click(screen.getByRole('button', { name: 'Émettre l’avoir' }));
    expect(
      await screen.findByText('Au-delà de 50,00 €, seul un administrateur peut émettre un avoir.'),
    ).toBeInTheDocument();
  });
});
