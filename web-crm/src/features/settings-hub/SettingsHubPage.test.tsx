import { screen, within } from '@testing-library/react';
import { instituteResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { SettingsHubPage } from './SettingsHubPage';

function setup(myPermissions: ReturnType<typeof permissionsResult>) {
  const { client } = fakeClient((op) =>
    operationName(op) === 'MyPermissions' ? myPermissions : instituteResult,
  );
  renderWithProviders(<SettingsHubPage />, { client, route: '/reglages' });
}

describe('SettingsHubPage', () => {
  it('offers an admin every settings page, each a link with its description', async () => {
    setup(permissionsResult('ADMIN'));
    const list = await screen.findByRole('list', { name: 'Réglages' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/reglages/prestations',
      '/reglages/praticiennes',
      '/reglages/horaires',
      '/reglages/fermetures',
      '/reglages/reservation',
      '/reglages/cabines',
      '/equipe',
      '/reglages/paiements',
      '/reglages/caisse',
      '/reglages/fidelite',
      '/reglages/terminaux',
      '/reglages/notifications',
    ]);
    expect(within(links[0]).getByRole('heading', { name: 'Prestations' })).toBeInTheDocument();
    expect(links[0]).toHaveTextContent(/Catégories, durées, prix/);
  });

  it('shows only the pages whose operation the server allows', async () => {
    setup({ data: { myPermissions: ['me', 'pairReader'] } });
    const list = await screen.findByRole('list', { name: 'Réglages' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([expect.stringContaining('Terminaux de paiement')]);
  });

  it('says so when the role may change no setting', async () => {
    setup(permissionsResult('STAFF'));
    expect(await screen.findByText('Aucun réglage n’est accessible avec votre rôle.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
