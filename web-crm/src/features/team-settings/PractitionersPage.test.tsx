import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { PractitionersPage } from './PractitionersPage';

interface Practitioner {
  id: string;
  displayName: string;
  color: string;
  bio: string | null;
  photoUrl: string | null;
  active: boolean;
  position: number;
  serviceIds: string[];
}

const categories = [
  {
    id: 'cat-face',
    name: 'Soins du visage',
    active: true,
    services: [
      { id: 's-eclat', name: 'Soin éclat', active: true },
      { id: 's-hydra', name: 'Soin hydratant', active: true },
    ],
  },
  {
    id: 'cat-hands',
    name: 'Mains & pieds',
    active: true,
    services: [
      { id: 's-manu', name: 'Manucure classique', active: true },
      { id: 's-old', name: 'Pose de capsules', active: false },
    ],
  },
];

function setup() {
  const state = {
    practitioners: [
      {
        id: 'p1',
        displayName: 'Camille Roux',
        color: '#b07b8c',
        bio: 'Esthéticienne depuis douze ans.',
        photoUrl: null,
        active: true,
        position: 0,
        serviceIds: ['s-eclat', 's-hydra'],
      },
      {
        id: 'p2',
        displayName: 'Inès Moreau',
        color: '#d48a8a',
        bio: null,
        photoUrl: null,
        active: false,
        position: 1,
        serviceIds: [],
      },
    ] as Practitioner[],
  };
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult('ADMIN');
      case 'MyPermissions':
        return permissionsResult('ADMIN');
      case 'PractitionerSettings':
        return { data: { practitioners: state.practitioners, serviceCategories: categories } };
      case 'UpsertPractitioner': {
        const input = (op.variables as { input: Omit<Practitioner, 'id' | 'position'> & { id?: string } })
          .input;
        if (input.photoUrl === 'https://photos.exemple.fr/refusee.jpg')
          return graphqlError(
            'L’adresse de la photo doit être une adresse https:// complète.',
            'BAD_USER_INPUT',
            {
              fields: [
                {
                  field: 'input.photoUrl',
                  message: 'L’adresse de la photo doit être une adresse https:// complète.',
                },
              ],
            },
          );
        const saved = { position: 0, ...input, id: input.id ?? 'p-new' };
        state.practitioners = input.id
          ? state.practitioners.map((p) => (p.id === input.id ? saved : p))
          : [...state.practitioners, saved];
        return { data: { upsertPractitioner: saved } };
      }
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<PractitionersPage />, { client });
  return { operations, state };
}

const sent = (operations: Operation[]) =>
  operations.filter((o) => operationName(o) === 'UpsertPractitioner').map((o) => o.variables);

describe('PractitionersPage', () => {
  it('lists practitioners with their status, service count and bio', async () => {
    setup();
    const list = await screen.findByRole('list', { name: 'Praticiennes' });
    const [camille, ines] = within(list).getAllByRole('listitem');
    expect(camille).toHaveTextContent(/Camille RouxActive2 prestationsEsthéticienne depuis douze ans\./);
    expect(ines).toHaveTextContent(/Inès MoreauDésactivéeAucune prestationPas encore de présentation/);
  });

  it('creates a practitioner: validates like the server, picks services by category, sends the profile', async () => {
    const { operations } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Nouvelle praticienne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle praticienne' });

    fireEvent.change(within(dialog).getByLabelText('Nom affiché'), { target: { value: 'Z' } });
    fireEvent.change(within(dialog).getByLabelText('Couleur dans l’agenda'), { target: { value: 'bleu' } });
    fireEvent.change(within(dialog).getByLabelText('Photo (adresse https)'), {
      target: { value: 'http://photos.exemple.fr/zoe.jpg' },
    });
    fireEvent.change(within(dialog).getByLabelText('Présentation (site de réservation)'), {
      target: { value: 'é'.repeat(601) },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('Le nom doit contenir au moins 2 caractères.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('La couleur doit être au format #rrggbb.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Saisissez une adresse https:// complète (https://…/photo.jpg).'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('La présentation ne doit pas dépasser 600 caractères.'),
    ).toBeInTheDocument();
    expect(sent(operations)).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Nom affiché'), { target: { value: ' Zoé Lambert ' } });
    fireEvent.change(within(dialog).getByLabelText('Couleur dans l’agenda'), {
      target: { value: '#6A7FB0' },
    });
    fireEvent.change(within(dialog).getByLabelText('Photo (adresse https)'), {
      target: { value: 'https://photos.exemple.fr/refusee.jpg' },
    });
    const bio = 'Douze ans de soins du visage.';
    fireEvent.change(within(dialog).getByLabelText('Présentation (site de réservation)'), {
      target: { value: bio },
    });
    expect(within(dialog).getByText('29 / 600 caractères')).toBeInTheDocument();

    // A whole category, then one service of another; the counter follows.
    const face = within(dialog).getByRole('group', { name: 'Soins du visage' });
    fireEvent.click(within(face).getByRole('checkbox', { name: 'Toute la catégorie « Soins du visage »' }));
    const hands = within(dialog).getByRole('group', { name: 'Mains & pieds' });
    expect(within(hands).getByRole('checkbox', { name: 'Pose de capsules (inactive)' })).not.toBeChecked();
    fireEvent.click(within(hands).getByRole('checkbox', { name: 'Manucure classique' }));
    expect(
      within(hands).getByRole('checkbox', { name: 'Toute la catégorie « Mains & pieds »' }),
    ).toHaveAttribute('data-indeterminate', 'true');
    expect(dialog).toHaveTextContent('3 sur 4');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('L’adresse de la photo doit être une adresse https:// complète.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Photo (adresse https)')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(within(dialog).getByLabelText('Photo (adresse https)'), {
      target: { value: 'https://photos.exemple.fr/zoe.jpg' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(operations).at(-1)).toEqual({
      input: {
        displayName: 'Zoé Lambert',
        color: '#6a7fb0',
        bio,
        photoUrl: 'https://photos.exemple.fr/zoe.jpg',
        active: true,
        serviceIds: ['s-eclat', 's-hydra', 's-manu'],
      },
    });
    expect(await screen.findByText('« Zoé Lambert » ajoutée.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Zoé Lambert' })).toHaveTextContent('3 prestations');
  });

  it('edits a practitioner: clears the bio, deactivates, unticks a service', async () => {
    const { operations } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier « Camille Roux »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la praticienne' });
    expect(within(dialog).getByLabelText('Nom affiché')).toHaveValue('Camille Roux');
    expect(
      within(dialog).getByRole('checkbox', { name: 'Toute la catégorie « Soins du visage »' }),
    ).toBeChecked();
    fireEvent.change(within(dialog).getByLabelText('Présentation (site de réservation)'), {
      target: { value: '   ' },
    });
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Praticienne active' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Soin hydratant' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(operations)).toEqual([
      {
        input: {
          id: 'p1',
          displayName: 'Camille Roux',
          color: '#b07b8c',
          bio: null,
          photoUrl: null,
          active: false,
          serviceIds: ['s-eclat'],
        },
      },
    ]);
    expect(await screen.findByRole('listitem', { name: 'Camille Roux' })).toHaveTextContent(
      /Désactivée1 prestationPas encore de présentation/,
    );
  });
});
