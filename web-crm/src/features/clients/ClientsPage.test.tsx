import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { Route, Routes } from 'react-router-dom';
import { meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { ClientFilePage } from './ClientFilePage';
import { ClientsPage } from './ClientsPage';

function client(id: string, firstName: string, lastName: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Client',
    id,
    firstName,
    lastName,
    email: `${id}@exemple.fr`,
    phone: '+33612345678',
    birthday: null,
    addressLine1: null,
    postalCode: null,
    city: null,
    preferredPractitionerId: null,
    tags: ['VIP'],
    marketingConsent: true,
    serviceEmailOptOut: false,
    serviceSmsOptOut: false,
    archivedAt: null,
    createdAt: '2026-01-10T10:00:00.000Z',
    ...extra,
  };
}

function setup(role: 'ADMIN' | 'STAFF', route = '/clients', listExtra: Record<string, unknown> = {}) {
  const { client: urql, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'ClientList':
        return {
          data: {
            clients: {
              __typename: 'ClientPage',
              // One row shown of 60 (the fake answers every page alike): enough for a next page.
              total: 60,
              nextCursor: 'CURSEUR-PAGE-2',
              rows: [
                {
                  __typename: 'ClientListItem',
                  client: client('c1', 'Éloïse', 'Lefèvre'),
                  lastVisitAt: '2026-11-02T09:00:00.000Z',
                  visits: 4,
                  totalSpentCents: 24_500,
                },
              ],
              ...listExtra,
            },
          },
        };
      case 'SavedClientFilters':
        return { data: { savedClientFilters: [] } };
      case 'PossibleDuplicates':
        return {
          data: {
            possibleDuplicateClients: [
              {
                __typename: 'PossibleDuplicate',
                key: 'pair:a:b',
                client: client('a', 'Hélène', 'Dupont'),
                other: client('b', 'Helene', 'Dupont'),
                bookingReference: null,
                typedEmail: null,
                since: '2026-11-01T10:00:00.000Z',
              },
            ],
          },
        };
      case 'ClientFile':
        return {
          data: {
            clientFile: {
              __typename: 'ClientFile',
              client: client('c1', 'Éloïse', 'Lefèvre'),
              preferredPractitionerName: 'Camille',
              hasBeautyFile: true,
              stats: {
                __typename: 'ClientStats',
                visits: 4,
                totalSpentCents: 24_500,
                averageBasketCents: 6125,
                lastVisitAt: '2026-11-02T09:00:00.000Z',
                favouriteServices: ['Soin éclat'],
                noShows: 1,
                noShowRate: 0.2,
              },
              notes: [
                {
                  __typename: 'ClientNote',
                  id: 'n1',
                  body: 'Préfère le matin.',
                  pinned: true,
                  authorName: 'Camille Roux',
                  createdAt: '2026-11-20T10:00:00.000Z',
                },
              ],
              bookings: [],
              payments: [],
              messages: [],
            },
          },
        };
      case 'MergeClients':
        return {
          data: {
            mergeClients: {
              __typename: 'ClientMergeResult',
              client: client('a', 'Hélène', 'Dupont'),
              movedBookings: 3,
              movedNotes: 1,
              movedMessages: 0,
            },
          },
        };
      case 'AddClientNote':
        return {
          data: {
            addClientNote: {
              __typename: 'ClientNote',
              id: 'n2',
              body: 'Nouvelle',
              pinned: false,
              authorName: 'Sophie Marchand',
              createdAt: '2026-11-21T10:00:00.000Z',
            },
          },
        };
      default:
        return { data: null };
    }
  });
  renderWithProviders(
    <Routes>
      <Route path="/clients" element={<ClientsPage />} />
      <Route path="/clients/:clientId" element={<ClientFilePage />} />
    </Routes>,
    { client: urql, route },
  );
  return { sent: (name: string) => operations.filter((op) => operationName(op) === name) };
}

describe('ClientsPage', () => {
  it('lists clients with their figures and sends the search to the server', async () => {
    const { sent } = setup('STAFF');
    const table = await screen.findByRole('table', { name: 'Clients' });
    expect(within(table).getByText('Lefèvre Éloïse')).toBeTruthy();
    expect(within(table).getByText(/245,00/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Rechercher un client'), { target: { value: 'eloise lefebvre' } });
    await waitFor(() =>
      expect(
        sent('ClientList').some((op) => JSON.stringify(op.variables).includes('"search":"eloise lefebvre"')),
      ).toBe(true),
    );
  });

  it('asks the next page after the last row shown (keyset), a jumped-to page by offset', async () => {
    const { sent } = setup('STAFF');
    await screen.findByRole('table', { name: 'Clients' });
    fireEvent.click(screen.getByRole('button', { name: /suivante|next/i }));
    await waitFor(() =>
      expect(
        sent('ClientList').some(
          (op) =>
            JSON.stringify(op.variables).includes('"after":"CURSEUR-PAGE-2"') &&
            JSON.stringify(op.variables).includes('"offset":25'),
        ),
      ).toBe(true),
    );
    expect(sent('ClientList')[0]?.variables).toMatchObject({ filter: { after: null, page: { offset: 0 } } });
  });

  it('says "Plus de 1 000 clients" when the server stopped counting, and still offers the next page', async () => {
    setup('STAFF', '/clients', { total: 1000, totalIsLowerBound: true });
    expect(await screen.findByText(/^Plus de 1\s000 clients$/)).toBeTruthy();
    // MUI counts a full page when the total is unknown (the fake answers one row).
    expect(screen.getByText(/^1–25 sur plus de 1\s000$/)).toBeTruthy();
    const next = screen.getByRole('button', { name: /suivante|next/i });
    expect(next.hasAttribute('disabled')).toBe(false);
  });

  it('offers the export and the merge to an admin only', async () => {
    setup('STAFF');
    await screen.findByText('1 doublon possible');
    expect(screen.queryByRole('button', { name: 'Exporter (CSV)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fusionner' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Personnes différentes' })).toBeTruthy();
  });

  it('shows the export and merge buttons to an admin', async () => {
    setup('ADMIN');
    expect(await screen.findByRole('button', { name: 'Fusionner' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter (CSV)' })).toBeTruthy();
  });

  it('says what a merge moved, with French plurals', async () => {
    const { sent } = setup('ADMIN');
    fireEvent.click(await screen.findByRole('button', { name: 'Fusionner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fusionner deux fiches' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    expect(
      await screen.findByText(
        'Fiches fusionnées : 3 rendez-vous, 1 note et 0 message déplacés vers la fiche de Hélène Dupont.',
      ),
    ).toBeTruthy();
    // The fake still answers one duplicate; the summary sits in the same section.
    expect(
      within(screen.getByRole('region', { name: 'Doublons possibles' })).getByRole('alert'),
    ).toBeTruthy();
    expect(sent('MergeClients')[0]?.variables).toEqual({
      input: { survivorId: 'a', mergedId: 'b', keepFromMerged: [] },
    });
  });
});

describe('ClientFilePage', () => {
  it('shows the figures and adds a note', async () => {
    const { sent } = setup('STAFF', '/clients/c1?onglet=notes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Éloïse Lefèvre' })).toBeTruthy();
    expect(screen.getByText('61,25 €')).toBeTruthy();
    expect(screen.getByText('Préfère le matin.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nouvelle note'), { target: { value: 'Allergie déclarée' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une note' }));
    await waitFor(() => expect(sent('AddClientNote')).toHaveLength(1));
    expect(sent('AddClientNote')[0]?.variables).toEqual({
      input: { clientId: 'c1', body: 'Allergie déclarée' },
    });
  });

  it('reads the beauty file only when asked (the read is logged)', async () => {
    const { sent } = setup('STAFF', '/clients/c1?onglet=beauty');
    await screen.findByText('Données de santé : chaque consultation est enregistrée (qui, quand).');
    expect(sent('BeautyFile')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher la fiche beauté' }));
    await waitFor(() => expect(sent('BeautyFile')).toHaveLength(1));
  });
});
