import { fireEvent, screen, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { VatReportView } from './VatReportPage';

const line = (code: string, label: string, baseCents: number | null, vatCents: number | null) => ({
  code,
  label,
  rateBp: null,
  baseCents,
  vatCents,
});

function report(from: string, to: string) {
  return {
    from,
    to,
    outsideScopeCents: 0,
    rates: [{ rateBp: 2000, baseCents: 10000, vatCents: 2000 }],
    sources: [
      { source: 'POS_SALES', rateBp: 2000, baseCents: 15000, vatCents: 3000 },
      { source: 'SINGLE_PURPOSE_REDEEMED', rateBp: 2000, baseCents: -5000, vatCents: -1000 },
    ],
    ca3: [
      line('A1', 'Ventes, prestations de services', 10000, null),
      { ...line('08', 'Taux normal 20 %', 10000, 2000), rateBp: 2000 },
      line('TD', 'TVA due', null, 2000),
    ],
    ca12: [{ ...line('5A', 'Taux normal 20 %', 10000, 2000), rateBp: 2000 }],
    b2cDailySummary: [
      {
        date: from,
        transactionCount: 5,
        lines: [
          { category: 'GOODS', rateBp: 550, baseCents: 1000, vatCents: 55 },
          { category: 'SERVICES', rateBp: 2000, baseCents: 15000, vatCents: 3000 },
        ],
      },
    ],
  };
}

function setup(role: 'ACCOUNTANT' | 'STAFF') {
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return role === 'ACCOUNTANT'
          ? { data: { myPermissions: ['me', 'myPermissions', 'settings', 'vatReport'] } }
          : permissionsResult('STAFF');
      case 'VatReport': {
        const { period } = op.variables as { period: { year: number; month?: number; quarter?: number } };
        return period.month === 2
          ? { data: { vatReport: report(`${period.year}-02-01`, `${period.year}-02-28`) } }
          : { data: { vatReport: report(`${period.year}-04-01`, `${period.year}-06-30`) } };
      }
      default:
        return instituteResult;
    }
  });
  // 15 March 2026, Paris: the report opens on February.
  renderWithProviders(<VatReportView clock={() => Date.parse('2026-03-15T10:00:00Z')} />, { client });
  return { operations };
}

describe('VatReportView', () => {
  it('opens on last month and shows the CA3 lines, the sources and the B2C daily summary', async () => {
    const { operations } = setup('ACCOUNTANT');
    expect(await screen.findByText('Du 01/02/2026 au 28/02/2026')).toBeTruthy();
    const ca3 = screen.getByRole('region', { name: 'CA3 (régime réel)' });
    const rows = within(ca3)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[1]).toMatch(/^A1Ventes, prestations de services100,00\s€$/);
    expect(rows[2]).toMatch(/^08Taux normal 20 %100,00\s€20,00\s€$/);
    const sources = screen.getByRole('region', { name: 'Origine des montants' });
    expect(
      within(sources).getByText('Cartes cadeaux mono-usage utilisées (TVA payée à la vente)'),
    ).toBeTruthy();
    expect(within(sources).getByText(/^-50,00/)).toBeTruthy();
    const daily = screen.getByRole('region', { name: 'Récapitulatif quotidien B2C (e-reporting)' });
    expect(within(daily).getByText('Biens')).toBeTruthy();
    expect(within(daily).getByText('5,5 %')).toBeTruthy();
    expect(within(daily).getByText('5')).toBeTruthy();
    const asked = operations.filter((o) => operationName(o) === 'VatReport').map((o) => o.variables);
    expect(asked).toEqual([{ period: { year: 2026, month: 2 } }]);
  });

  it('asks for a quarter when one is chosen', async () => {
    const { operations } = setup('ACCOUNTANT');
    await screen.findByText('Du 01/02/2026 au 28/02/2026');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Mois ou trimestre' }));
    fireEvent.click(await screen.findByRole('option', { name: '2ᵉ trimestre' }));
    expect(await screen.findByText('Du 01/04/2026 au 30/06/2026')).toBeTruthy();
    expect(operations.filter((o) => operationName(o) === 'VatReport').at(-1)?.variables).toEqual({
      period: { year: 2026, quarter: 2 },
    });
  });

  it('is refused to the front desk', async () => {
    const { operations } = setup('STAFF');
    expect(
      await screen.findByText('La déclaration de TVA est réservée à l’administrateur et au comptable.'),
    ).toBeTruthy();
    expect(operations.some((o) => operationName(o) === 'VatReport')).toBe(false);
  });
});
