import { jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { useState } from 'react';
import { slot } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient } from '@serenaia/shared/testing/urql';
import { SlotPicker, type PickedSlot } from './SlotPicker';

const NOW = Date.parse('2026-11-25T17:00:00Z'); // mercredi 25 novembre 2026, 18:00 à Paris

/** November: the 26th (morning and afternoon) and the 28th. Nothing in December. */
function answer(operation: Operation) {
  const { input } = operation.variables as { input: { from: string } };
  const november = input.from === '2026-10-31T23:00:00.000Z';
  return {
    data: {
      availableSlots: november
        ? [
            slot('2026-11-26T09:00:00.000Z'),
            slot('2026-11-26T13:15:00.000Z'),
            slot('2026-11-28T08:30:00.000Z'),
          ]
        : [],
    },
  };
}

function Harness({ onSelect }: { onSelect: (slot: PickedSlot) => void }) {
  const [month, setMonth] = useState('2026-11');
  const [day, setDay] = useState<string | null>(null);
  return (
    <SlotPicker
      serviceIds={['svc-eclat']}
      practitionerId="pr-camille"
      month={month}
      day={day}
      showPractitioner={false}
      horizonDays={90}
      phone="01 42 80 12 34"
      now={NOW}
      onMonthChange={(next) => {
        setMonth(next);
        setDay(null);
      }}
      onDayChange={setDay}
      onSelect={onSelect}
    />
  );
}

function setup() {
  const onSelect = jest.fn<(slot: PickedSlot) => void>();
  const fake = fakeClient(byOperation({ AvailableSlots: answer }));
  renderWithProviders(<Harness onSelect={onSelect} />, { client: fake.client });
  return { ...fake, onSelect };
}

const day = (name: RegExp) => within(screen.getByRole('grid')).getByRole('button', { name });

describe('SlotPicker', () => {
  it('asks for the month shown, in Paris time, and disables the days without a free slot', async () => {
    const { operations } = setup();
    await screen.findByRole('button', { name: /jeudi 26 novembre 2026, créneaux disponibles/ });
    expect(operations[0]?.variables).toEqual({
      input: {
        serviceIds: ['svc-eclat'],
        practitionerId: 'pr-camille',
        from: '2026-10-31T23:00:00.000Z',
        to: '2026-11-30T23:00:00.000Z',
      },
    });
    expect(screen.getByRole('grid', { name: 'Novembre 2026' })).toBeInTheDocument();
    expect(day(/vendredi 27 novembre 2026, aucun créneau/)).toHaveAttribute('aria-disabled', 'true');
    expect(day(/jeudi 26 novembre/)).not.toHaveAttribute('aria-disabled');
    expect(day(/mercredi 25 novembre/)).toHaveAttribute('aria-current', 'date');
    // Monday first.
    const headers = within(screen.getByRole('grid')).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('abbr'))).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    // No going back before the current month.
    expect(screen.getByRole('button', { name: 'Mois précédent' })).toBeDisabled();

    fireEvent.click(day(/vendredi 27 novembre/));
    expect(
      screen.getByText('Choisissez un jour dans le calendrier pour voir les horaires.'),
    ).toBeInTheDocument();
  });

  it('shows the chosen day’s times in the morning and the afternoon, Paris time', async () => {
    const { onSelect } = setup();
    fireEvent.click(await screen.findByRole('button', { name: /jeudi 26 novembre 2026, créneaux/ }));
    expect(screen.getByRole('heading', { name: 'Horaires du jeudi 26 novembre' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Matin' })).getByRole('button').textContent).toBe(
      '10:00',
    );
    const afternoon = within(screen.getByRole('region', { name: 'Après-midi' })).getByRole('button');
    expect(afternoon.textContent).toBe('14:15');
    fireEvent.click(afternoon);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ start: '2026-11-26T13:15:00.000Z' }));
  });

  it('is one tab stop moved with the arrow keys, and Page Down shows the next month', async () => {
    const { operations } = setup();
    const first = await screen.findByRole('button', { name: /jeudi 26 novembre 2026, créneaux/ });
    // The tab stop is the first day with a free slot.
    const grid = screen.getByRole('grid');
    await waitFor(() =>
      expect(
        within(grid)
          .getAllByRole('button')
          .filter((b) => b.tabIndex === 0),
      ).toEqual([first]),
    );

    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(day(/vendredi 27 novembre/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    // Moving past the end of the month turns the page.
    await waitFor(() => expect(screen.getByRole('grid', { name: 'Décembre 2026' })).toBeInTheDocument());
    await waitFor(() => expect(day(/vendredi 4 décembre 2026/)).toHaveFocus());
    // And back; End and Home go to the ends of the week (Monday first).
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await waitFor(() => expect(day(/^vendredi 27 novembre 2026/)).toHaveFocus());
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(day(/^dimanche 29 novembre 2026/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(day(/^lundi 23 novembre 2026/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    await waitFor(() => expect(day(/^mercredi 23 décembre 2026/)).toHaveFocus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(day(/^mardi 22 décembre 2026/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    await waitFor(() => expect(day(/^dimanche 22 novembre 2026/)).toHaveFocus());
    expect(screen.getByRole('grid', { name: 'Novembre 2026' })).toBeInTheDocument();
    expect(operations.length).toBeGreaterThanOrEqual(2);
  });

  it('says so when nothing is free in the month, and offers the next one up to the booking horizon', async () => {
    const { operations } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Mois suivant' }));
    expect(await screen.findByText('Aucun créneau libre en décembre 2026')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Voir janvier 2027' }));
    expect(await screen.findByText('Aucun créneau libre en janvier 2027')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Voir février 2027' }));
    // 25 November + 90 days = 23 February: February is the last month open online.
    expect(await screen.findByText('Aucun créneau libre en février 2027')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Voir / })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mois suivant' })).toBeDisabled();
    expect(screen.getByRole('link', { name: '01 42 80 12 34' })).toHaveAttribute('href', 'tel:+33142801234');
    expect(
      operations.map((o) => (o.variables as { input: { from: string; to: string } }).input.from),
    ).toEqual([
      '2026-10-31T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
      '2027-01-31T23:00:00.000Z',
    ]);
  });
});
