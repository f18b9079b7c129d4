import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { CAMILLE, booking, dayData } from '../testing/agenda-fixtures';
import { CreateDialog } from './CreateDialog';

const services = {
  data: {
    serviceCategories: [
      {
        id: 'cat-face',
        name: 'Soins du visage',
        color: '#b07b8c',
        position: 0,
        services: [
          { id: 's-eclat', name: 'Soin éclat express', durationMinutes: 30, priceCents: 4500, position: 0 },
          {
            id: 's-massage',
            name: 'Massage du dos décontractant',
            durationMinutes: 30,
            priceCents: 4500,
            position: 1,
          },
        ],
      },
      {
        id: 'cat-hands',
        name: 'Mains & pieds',
        color: '#d48a8a',
        position: 1,
        services: [
          {
            id: 's-manucure',
            name: 'Manucure classique',
            durationMinutes: 30,
            priceCents: 2800,
            position: 0,
          },
        ],
      },
    ],
  },
};

const conflict = graphqlError(
  'Ce créneau n’est plus disponible. Voici les créneaux libres les plus proches.',
  'CONFLICT',
  {
    alternatives: [
      {
        start: '2026-11-26T10:00:00.000Z',
        end: '2026-11-26T10:30:00.000Z',
        practitionerId: CAMILLE.id,
        practitionerName: 'Camille Roux',
      },
    ],
  },
);

function renderDialog(createResult: () => ReturnType<typeof graphqlError> | { data: unknown }) {
  const { client, operations } = fakeClient((op) => {
    switch (operationName(op)) {
      case 'BookableServices':
        return services;
      case 'CreateStaffBooking':
        return createResult() as never;
      default:
        return { data: null };
    }
  });
  const onCreated = jest.fn();
  renderWithProviders(
    <CreateDialog
      slot={{ practitionerId: CAMILLE.id, start: Date.parse('2026-11-26T09:30:00Z') }}
      practitioners={dayData().practitioners}
      cabins={[]}
      fullScreen={false}
      run={(work) => work()}
      onCreated={onCreated}
      onBlocked={jest.fn()}
      onClose={jest.fn()}
    />,
    { client },
  );
  return { operations, onCreated };
}

async function chooseService(name: RegExp, typed: string) {
  fireEvent.change(screen.getByRole('combobox', { name: 'Prestations' }), { target: { value: typed } });
  fireEvent.click(await screen.findByRole('option', { name }));
}

/** A new client, Julie Martin, typed into the form. */
function fillNewClient(phone = '06 12 34 56 78') {
  fireEvent.click(screen.getByRole('button', { name: 'Nouveau client' }));
  fireEvent.change(screen.getByLabelText('Prénom'), { target: { value: 'Julie' } });
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Martin' } });
  fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: phone } });
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'julie@exemple.fr' } });
}

/** Types into a French date or time field and leaves it (the field applies its text then). */
function typeAndLeave(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

describe('CreateDialog', () => {
  it('opens on the clicked practitioner and Paris time, and validates before sending anything', async () => {
    const { operations } = renderDialog(() => ({ data: null }));
    const dialog = screen.getByRole('dialog', { name: /Nouveau rendez-vous/ });
    expect(dialog).toHaveTextContent('Jeudi 26 novembre 2026 · 10:30 · Camille Roux');
    expect(screen.getByLabelText('Heure')).toHaveValue('10:30');
    expect(screen.getByLabelText('Date')).toHaveValue('26/11/2026');

    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    expect(await screen.findByText('Choisissez au moins une prestation.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez un client ou créez-en un.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Nouveau client' }));
    fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '12 34' } });
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'julie@' } });
    expect(screen.getByText('Saisissez le prénom.')).toBeInTheDocument();
    expect(
      screen.getByText('Saisissez un numéro de téléphone valide (exemple : 06 12 34 56 78).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Saisissez une adresse e-mail valide (exemple : prenom@exemple.fr).'),
    ).toBeInTheDocument();
    await waitFor(() => expect(operations.map(operationName)).toContain('BookableServices'));
    expect(operations.map(operationName)).not.toContain('CreateStaffBooking');
  });

  it('offers only the practitioner’s services, grouped and searchable, and sums them up', async () => {
    renderDialog(() => ({ data: null }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Prestations' }), { target: { value: 'a' } });
    expect(await screen.findByRole('option', { name: /Massage du dos/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Manucure classique/ })).not.toBeInTheDocument();
    await chooseService(/Soin éclat express/, 'ECLAT');
    await chooseService(/Massage du dos/, 'dos');
    expect(screen.getByText(/^1 h · 90,00\s€ · fin à 11:30$/)).toBeInTheDocument();
  });

  it('sends the booking in UTC and, on a conflict, shows the server’s message and the free slots to pick from', async () => {
    const { operations } = renderDialog(() => conflict);
    await chooseService(/Soin éclat express/, 'éclat');
    fillNewClient();
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Ce créneau n’est plus disponible. Voici les créneaux libres les plus proches.',
    );
    const sent = operations.find((o) => operationName(o) === 'CreateStaffBooking');
    expect(sent?.variables).toEqual({
      input: {
        practitionerId: CAMILLE.id,
        serviceIds: ['s-eclat'],
        start: '2026-11-26T09:30:00.000Z',
        client: {
          firstName: 'Julie',
          lastName: 'Martin',
          phone: '06 12 34 56 78',
          email: 'julie@exemple.fr',
        },
      },
    });

    fireEvent.click(within(alert).getByRole('button', { name: 'Choisir jeu. 26/11 11:00 · Camille Roux' }));
    expect(screen.getByLabelText('Heure')).toHaveValue('11:00');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes the booking’s day as a French date: an emptied day is asked for, a typed one is sent in UTC', async () => {
    const { operations } = renderDialog(() => ({ data: null }));
    await chooseService(/Soin éclat express/, 'éclat');
    fillNewClient();
    const day = screen.getByLabelText('Date');
    typeAndLeave(day, '');
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    expect(await screen.findByText('Indiquez une date.')).toBeInTheDocument();
    expect(operations.map(operationName)).not.toContain('CreateStaffBooking');

    typeAndLeave(day, '31/11/2026');
    expect(screen.getByText('Date invalide : jj/mm/aaaa.')).toBeInTheDocument();
    typeAndLeave(day, '03/12/2026');
    expect(screen.queryByText('Indiquez une date.')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));

    await waitFor(() => expect(operations.map(operationName)).toContain('CreateStaffBooking'));
    const sent = operations.find((o) => operationName(o) === 'CreateStaffBooking');
    // 10:30 in Paris on 3 December (winter time).
    expect(sent?.variables).toMatchObject({ input: { start: '2026-12-03T09:30:00.000Z' } });
  });

  it('refuses to book while the typed day is not a date, instead of sending the last good one', async () => {
    const { operations } = renderDialog(() => ({ data: null }));
    await chooseService(/Soin éclat express/, 'éclat');
    fillNewClient();
    const day = screen.getByLabelText('Date');
    typeAndLeave(day, '31/02/2027');
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    expect(await screen.findByText('Date invalide : jj/mm/aaaa.')).toBeInTheDocument();
    expect(day).toHaveValue('31/02/2027');
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(operations.map(operationName)).not.toContain('CreateStaffBooking');

    typeAndLeave(day, '26/02/2027');
    expect(screen.queryByText('Date invalide : jj/mm/aaaa.')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    await waitFor(() => expect(operations.map(operationName)).toContain('CreateStaffBooking'));
    const sent = operations.find((o) => operationName(o) === 'CreateStaffBooking');
    expect(sent?.variables).toMatchObject({ input: { start: '2027-02-26T09:30:00.000Z' } });
  });

  it('takes the time as a French 24-hour text and refuses an impossible one', async () => {
    const { operations } = renderDialog(() => ({ data: null }));
    await chooseService(/Soin éclat express/, 'éclat');
    fillNewClient();
    const time = screen.getByLabelText('Heure');
    expect(time).toHaveAttribute('type', 'text');
    typeAndLeave(time, '25:00');
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    expect(await screen.findByText('Heure invalide : hh:mm.')).toBeInTheDocument();
    expect(operations.map(operationName)).not.toContain('CreateStaffBooking');

    typeAndLeave(time, '19h15');
    expect(time).toHaveValue('19:15');
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    await waitFor(() => expect(operations.map(operationName)).toContain('CreateStaffBooking'));
    const sent = operations.find((o) => operationName(o) === 'CreateStaffBooking');
    // 19:15 in Paris on 26 November (winter time).
    expect(sent?.variables).toMatchObject({ input: { start: '2026-11-26T18:15:00.000Z' } });
  });

  it('blocks a slot on a day typed as a French date', async () => {
    const { client, operations } = fakeClient(() => ({ data: null }));
    renderWithProviders(
      <CreateDialog
        slot={{ practitionerId: CAMILLE.id, start: Date.parse('2026-11-26T09:30:00Z') }}
        practitioners={dayData().practitioners}
        cabins={[]}
        fullScreen={false}
        run={(work) => work()}
        onCreated={jest.fn()}
        onBlocked={jest.fn()}
        onClose={jest.fn()}
      />,
      { client },
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Bloquer ce créneau' }));
    const day = screen.getByLabelText('Date');
    expect(day).toHaveValue('26/11/2026');
    typeAndLeave(day, '');
    fireEvent.click(screen.getByRole('button', { name: 'Bloquer' }));
    expect(await screen.findByText('Indiquez une date.')).toBeInTheDocument();

    typeAndLeave(day, '1/12/2026');
    expect(day).toHaveValue('01/12/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Bloquer' }));

    await waitFor(() => expect(operations.map(operationName)).toContain('BlockSlot'));
    expect(operations.find((o) => operationName(o) === 'BlockSlot')?.variables).toEqual({
      input: {
        practitionerId: CAMILLE.id,
        start: '2026-12-01T09:30:00.000Z',
        end: '2026-12-01T10:30:00.000Z',
      },
    });
  });

  it('hands the created booking over', async () => {
    const created = booking({ id: 'new' });
    const { onCreated } = renderDialog(() => ({ data: { createBooking: { booking: created } } }));
    await chooseService(/Soin éclat express/, 'éclat');
    fillNewClient('0612345678');
    fireEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
  });
});
