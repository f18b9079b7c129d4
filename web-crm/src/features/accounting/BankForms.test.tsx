import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { formatEuros } from '@serenaia/shared/format';
import { byOperation, fakeClient } from '@serenaia/shared/testing/urql';
import { renderWithProviders } from '../../testing/render';
import { CashBankingForm } from './CashBankingForm';
import { PayoutForm } from './PayoutForm';

const inputOf = (op: Operation | undefined) => (op?.variables as { input: Record<string, unknown> }).input;

describe('the bank tab’s forms', () => {
  it('takes a payout’s day as a French date, today by default', async () => {
    const { client, operations } = fakeClient(
      byOperation({
        RecordPayout: () => ({ data: { recordPayout: { id: 'po1', provider: 'STRIPE', netCents: 2930 } } }),
      }),
    );
    const done: string[] = [];
    renderWithProviders(<PayoutForm today="2026-12-07" onDone={(m) => done.push(m)} />, { client });

    const day = screen.getByLabelText('Reçu en banque le');
    expect(day).toHaveValue('07/12/2026');
    fireEvent.change(day, { target: { value: '04/12/2026' } });
    fireEvent.blur(day);
    fireEvent.change(screen.getByLabelText('Brut'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Frais'), { target: { value: '0,70' } });
    fireEvent.change(screen.getByLabelText('Net reçu'), { target: { value: '29,30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le virement' }));

    await waitFor(() => expect(done).toEqual([`Virement Stripe de ${formatEuros(2930)} enregistré.`]));
    expect(inputOf(operations[0])).toMatchObject({ paidOn: '2026-12-04', netCents: 2930 });
  });

  it('takes a cash deposit’s days as French dates; an emptied deposit day is asked for', async () => {
    const { client, operations } = fakeClient(
      byOperation({
        RecordCashBanking: () => ({ data: { recordCashBanking: { id: 'cb1', amountCents: 2000 } } }),
      }),
    );
    const done: string[] = [];
    renderWithProviders(
      <CashBankingForm
        today="2026-12-07"
        tills={[{ id: 't1', name: 'Accueil' }]}
        onDone={(m) => done.push(m)}
      />,
      { client },
    );

    fireEvent.change(screen.getByLabelText('Montant remis'), { target: { value: '20' } });
    const deposited = screen.getByLabelText('Déposé le');
    fireEvent.change(deposited, { target: { value: '' } });
    fireEvent.blur(deposited);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la remise' }));
    expect(await screen.findByText('Obligatoire')).toBeInTheDocument();
    expect(operations).toEqual([]);

    fireEvent.change(deposited, { target: { value: '05/12/2026' } });
    fireEvent.blur(deposited);
    const credited = screen.getByLabelText('Crédité le');
    fireEvent.change(credited, { target: { value: '07/12/2026' } });
    fireEvent.blur(credited);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la remise' }));

    await waitFor(() => expect(done).toEqual([`Remise de ${formatEuros(2000)} enregistrée.`]));
    expect(inputOf(operations[0])).toMatchObject({
      tillId: 't1',
      amountCents: 2000,
      depositedOn: '2026-12-05',
      creditedOn: '2026-12-07',
    });
  });
});
