import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { exportFileName, fetchAllPayments } from './payments-export';
import { payment } from './testing';

describe('fetchAllPayments', () => {
  it('walks every page of the filtered ledger, 200 rows at a time', async () => {
    const all = Array.from({ length: 450 }, (_, i) => payment({ id: `p${i}` }));
    const { client, operations } = fakeClient((op) => {
      const { filter } = op.variables as { filter: { page: { offset: number; limit: number } } };
      const { offset, limit } = filter.page;
      return {
        data: {
          payments: {
            __typename: 'PaymentPage',
            total: all.length,
            items: all.slice(offset, offset + limit),
          },
        },
      };
    });
    const rows = await fetchAllPayments(client, {
      method: 'CASH',
      status: null,
      from: '2026-11-01',
      to: null,
    });
    expect(rows.map((r) => r.id)).toEqual(all.map((p) => p.id));
    const sent = operations.filter((o) => operationName(o) === 'Payments').map((o) => o.variables);
    expect(sent).toEqual(
      [0, 200, 400].map((offset) => ({
        filter: { method: 'CASH', from: '2026-10-31T23:00:00.000Z', page: { offset, limit: 200 } },
      })),
    );
  });

  it('fails with the server error', async () => {
    const { client } = fakeClient(() => ({
      data: null,
      errors: [{ message: 'Non', extensions: { code: 'FORBIDDEN' } }],
    }));
    await expect(
      fetchAllPayments(client, { method: null, status: null, from: null, to: null }),
    ).rejects.toThrow('Non');
  });

  it('names the file after the period', () => {
    const none = { method: null, status: null, from: null, to: null };
    expect(exportFileName('paiements', none, '2026-11-26')).toBe('paiements_2026-11-26.csv');
    expect(exportFileName('paiements', { ...none, from: '2026-11-01', to: '2026-11-30' }, '2026-11-26')).toBe(
      'paiements_2026-11-01_2026-11-30.csv',
    );
  });
});
