import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../testing/render';
import { fakeClient } from '@serenaia/shared/testing/urql';
import { NO_FILTERS, type SalesFilters as Filters } from './sales-filter';
import { SalesFilters } from './SalesFilters';

const TILLS = [
  { id: '6f1c1d1e-0000-4000-8000-000000000001', name: 'Accueil' },
  { id: '6f1c1d1e-0000-4000-8000-000000000002', name: 'Boutique' },
];

function setup(initial: Filters = NO_FILTERS) {
  const seen: Filters[] = [];
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <SalesFilters
        value={value}
        tills={TILLS}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
      />
    );
  }
  const { client } = fakeClient(() => ({ data: {} }));
  renderWithProviders(<Harness />, { client });
  return seen;
}

describe('SalesFilters', () => {
  it('applies a French period, a till, a status and an amount range', () => {
    const seen = setup();
    const du = screen.getByLabelText('Du');
    fireEvent.change(du, { target: { value: '29/03/2026' } });
    fireEvent.blur(du);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Caisse' }));
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Boutique' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Statut' }));
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Avoir' }));
    const min = screen.getByLabelText('Montant min. (€)');
    fireEvent.change(min, { target: { value: '12,50' } });
    fireEvent.keyDown(min, { key: 'Enter' });
    expect(seen.at(-1)).toEqual({
      ...NO_FILTERS,
      from: '2026-03-29',
      tillId: TILLS[1].id,
      state: 'CREDIT_NOTE',
      minCents: 1250,
    });
  });

  it('says what is wrong with a reversed range or a bad amount, in French', () => {
    setup({ ...NO_FILTERS, from: '2026-05-02', to: '2026-05-01', minCents: 5000, maxCents: 1000 });
    expect(screen.getByText('La fin de la période précède son début.')).toBeInTheDocument();
    expect(screen.getByText('Le maximum est inférieur au minimum.')).toBeInTheDocument();
    const min = screen.getByLabelText('Montant min. (€)');
    fireEvent.change(min, { target: { value: 'douze' } });
    fireEvent.blur(min);
    expect(screen.getByText('Saisissez un montant, par exemple 20 ou 12,50.')).toBeInTheDocument();
  });

  it('clears every filter, the client one included', () => {
    const seen = setup({ ...NO_FILTERS, clientId: TILLS[0].id, state: 'OPEN' });
    expect(screen.getByText('Client filtré')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(seen.at(-1)).toEqual(NO_FILTERS);
    expect(screen.queryByText('Client filtré')).not.toBeInTheDocument();
  });
});
