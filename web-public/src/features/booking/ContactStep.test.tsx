import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { useState } from 'react';
import { CATEGORIES } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, graphqlError } from '@serenaia/shared/testing/urql';
import type { ChosenSlot } from './booking-url';
import { ContactStep } from './ContactStep';
import { EMPTY_CONTACT } from './contact-validation';
import type { CatalogService, CreatedBooking } from './types';

const services = [CATEGORIES[0].services[0], CATEGORIES[1].services[0]] as CatalogService[];
const START = '2026-12-01T10:45:00.000Z'; // mardi 1 décembre, 11:45 à Paris

const TAKEN = 'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches.';
const alternatives = [
  {
    start: '2026-12-01T11:00:00.000Z',
    end: '2026-12-01T11:45:00.000Z',
    practitionerId: 'pr-camille',
    practitionerName: 'Camille Roux',
  },
  {
    start: '2026-12-02T08:30:00.000Z',
    end: '2026-12-02T09:15:00.000Z',
    practitionerId: 'pr-ines',
    practitionerName: 'Inès Moreau',
  },
];

function created(start: string): ExecutionResult {
  return {
    data: {
      createBooking: {
        __typename: 'CreateBookingPayload',
        manageToken: 'x'.repeat(43),
        booking: {
          __typename: 'Booking',
          reference: 'Q8BF5D',
          status: 'CONFIRMED',
          start,
          end: new Date(Date.parse(start) + 45 * 60_000).toISOString(),
          totalCents: 5900,
          depositCents: 0,
          holdExpiresAt: null,
          items: [],
        },
      },
    },
  };
}

function Harness(props: {
  practitionerId: string | null;
  onSlotChange: (slot: ChosenSlot) => void;
  onBooked: (booking: CreatedBooking) => void;
}) {
  const [values, setValues] = useState(EMPTY_CONTACT);
  const [slot, setSlot] = useState<ChosenSlot>({ start: START, practitionerId: 'pr-camille' });
  return (
    <ContactStep
      services={services}
      practitionerId={props.practitionerId}
      slot={slot}
      practitionerName="Camille Roux"
      pendingHoldMinutes={20}
      values={values}
      onValuesChange={setValues}
      onSlotChange={(next) => {
        setSlot(next);
        props.onSlotChange(next);
      }}
      onPickAnother={() => undefined}
      onBooked={props.onBooked}
    />
  );
}

function fillContact() {
  const type = (name: RegExp, value: string) =>
    fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
  type(/^Prénom/, 'Marie');
  type(/^Nom/, 'Dupont');
  type(/^E-mail/, 'marie@example.fr');
  type(/^Téléphone/, '+44 20 7946 0958');
  type(/^Message/, 'Peau sensible');
}

const inputOf = (operation: Operation) => (operation.variables as { input: Record<string, unknown> }).input;

function setup(practitionerId: string | null, answers: ExecutionResult[]) {
  const onSlotChange = jest.fn<(slot: ChosenSlot) => void>();
  const onBooked = jest.fn<(booking: CreatedBooking) => void>();
  const { client, operations } = fakeClient(
    byOperation({
      CreateBooking: () => {
        const answer = answers.shift();
        if (answer === undefined) throw new Error('No more answers');
        return answer;
      },
    }),
  );
  renderWithProviders(
    <Harness practitionerId={practitionerId} onSlotChange={onSlotChange} onBooked={onBooked} />,
    {
      client,
    },
  );
  return { operations, onSlotChange, onBooked };
}

describe('ContactStep', () => {
  it('shows the French message and the nearest free slots when the slot was just taken, then books the one chosen', async () => {
    const { operations, onSlotChange, onBooked } = setup(null, [
      graphqlError(TAKEN, 'CONFLICT', { alternatives }),
      created(alternatives[1].start),
    ]);
    fillContact();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le rendez-vous' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(TAKEN);
    const choices = screen.getByRole('region', { name: 'Créneaux libres les plus proches' });
    const buttons = within(choices).getAllByRole('button', { name: /avec/ });
    // Paris time: 12:00 on 1 December, 09:30 on 2 December.
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Mardi 1 décembre 12:00 avec Camille Roux',
      'Mercredi 2 décembre 09:30 avec Inès Moreau',
    ]);
    expect(choices).toHaveFocus();
    // No sending the taken slot again: the choice is among the alternatives (or another time).
    expect(screen.queryByRole('button', { name: 'Confirmer le rendez-vous' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Votre rendez-vous' })).toHaveTextContent('Plus disponible');
    expect(onBooked).not.toHaveBeenCalled();
    expect(inputOf(operations[0])).toMatchObject({ start: START, practitionerId: null });

    fireEvent.click(buttons[1]);
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    expect(operations).toHaveLength(2);
    // Same contact details, the alternative's start, and still no practitioner imposed ("Sans préférence").
    expect(inputOf(operations[1])).toEqual({
      serviceIds: ['svc-eclat', 'svc-brows'],
      practitionerId: null,
      start: alternatives[1].start,
      client: {
        firstName: 'Marie',
        lastName: 'Dupont',
        email: 'marie@example.fr',
        phone: '+44 20 7946 0958',
      },
      note: 'Peau sensible',
    });
    expect(onSlotChange).toHaveBeenCalledWith({ start: alternatives[1].start, practitionerId: 'pr-ines' });
  });

  it('asks for the alternative’s practitioner when the client had chosen one', async () => {
    const { operations, onBooked } = setup('pr-camille', [
      graphqlError(TAKEN, 'CONFLICT', { alternatives }),
      created(alternatives[0].start),
    ]);
    fillContact();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le rendez-vous' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mardi 1 décembre 12:00 avec Camille Roux' }));
    await waitFor(() => expect(onBooked).toHaveBeenCalled());
    expect(inputOf(operations[0])).toMatchObject({ practitionerId: 'pr-camille', start: START });
    expect(inputOf(operations[1])).toMatchObject({
      practitionerId: 'pr-camille',
      start: alternatives[0].start,
    });
    // The recap follows the new time.
    expect(screen.getByText('12:00')).toBeInTheDocument();
  });

  it('offers the calendar again when no alternative is free nearby', async () => {
    setup(null, [graphqlError('Ce créneau n’est plus disponible.', 'CONFLICT', { alternatives: [] })]);
    fillContact();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le rendez-vous' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce créneau n’est plus disponible.');
    expect(screen.getByText('Aucun autre créneau libre n’a été trouvé à proximité.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choisir un autre horaire' })).toBeEnabled();
  });

  it('checks the form in French before sending anything', async () => {
    const { operations } = setup(null, []);
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'marie@' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Téléphone/ }), { target: { value: '06 12 34' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le rendez-vous' }));

    expect(screen.getByRole('textbox', { name: /^Prénom/ })).toHaveAccessibleDescription(
      'Indiquez votre prénom.',
    );
    expect(screen.getByRole('textbox', { name: /^Prénom/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Nom/ })).toHaveAccessibleDescription('Indiquez votre nom.');
    expect(screen.getByRole('textbox', { name: /^E-mail/ })).toHaveAccessibleDescription(
      'Cette adresse e-mail ne semble pas valide (exemple : prenom@exemple.fr).',
    );
    expect(screen.getByRole('textbox', { name: /^Téléphone/ })).toHaveAttribute('aria-invalid', 'true');
    await Promise.resolve();
    expect(operations).toHaveLength(0);
  });

  it('shows the server’s field errors under the right field', async () => {
    setup(null, [
      graphqlError('Numéro de téléphone invalide.', 'BAD_USER_INPUT', {
        fields: [{ field: 'input.client.phone', message: 'Numéro de téléphone invalide.' }],
      }),
    ]);
    fillContact();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le rendez-vous' }));
    const phone = screen.getByRole('textbox', { name: /^Téléphone/ });
    await waitFor(() => expect(phone).toHaveAccessibleDescription('Numéro de téléphone invalide.'));
    expect(phone).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^E-mail/ })).toHaveAttribute('aria-invalid', 'false');

    // Typing again clears the server's message.
    fireEvent.change(phone, { target: { value: '06 12 34 56 78' } });
    expect(phone).toHaveAccessibleDescription('Par exemple 06 12 34 56 78 ou +44 20 7946 0958');
  });

  it('says so in French when the server cannot be reached', async () => {
    const { client } = fakeClient(() => {
      throw new TypeError('Failed to fetch');
    });
    renderWithProviders(
      <Harness practitionerId={null} onSlotChange={() => undefined} onBooked={() => undefined} />,
      { client },
    );
    fillContact();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le rendez-vous' }));
    expect(await screen.findByText(/Connexion impossible/)).toBeInTheDocument();
  });
});
