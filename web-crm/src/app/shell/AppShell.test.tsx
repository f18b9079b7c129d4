import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { memorySessionStore, renderWithProviders, validTokens } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { LoginPage } from '../../features/auth';
import { RequireAuth } from '../../shared/session';
import { AppShell } from './AppShell';

function app() {
  return (
    <Routes>
      <Route path="/connexion" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route index element={<p>Contenu de la page</p>} />
        </Route>
      </Route>
    </Routes>
  );
}

describe('AppShell', () => {
  it('shows the institute, the signed-in user with their role, and the pages that exist', async () => {
    const { client } = fakeClient((op) => {
      switch (operationName(op)) {
        case 'CurrentUser':
          return meResult('ADMIN');
        case 'MyPermissions':
          return permissionsResult('ADMIN');
        default:
          return instituteResult;
      }
    });
    renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Sérénaia Beauté')).toBeInTheDocument();
    const account = await within(banner).findByRole('button', { name: /Mon compte/ });
    expect(account).toHaveAccessibleName('Mon compte : Sophie Marchand, Administration');
    expect(screen.getByText('Contenu de la page')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Agenda',
      'Clients',
      'Cartes cadeaux',
      'Paiements',
      'Comptabilité',
      'Stock',
      'Messages',
      'Accueil',
      'Réglages',
    ]);
    expect(within(nav).getByRole('link', { name: 'Réglages' })).toHaveAttribute('href', '/reglages');
  });

  it('shows an accountant the till (its closures), the accounts and the home page, not the agenda nor the clients', async () => {
    const { client } = fakeClient((op) => {
      switch (operationName(op)) {
        case 'CurrentUser':
          return meResult('ACCOUNTANT');
        case 'MyPermissions':
          return permissionsResult('ACCOUNTANT');
        default:
          return instituteResult;
      }
    });
    renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });
    const account = await within(screen.getByRole('banner')).findByRole('button', { name: /Mon compte/ });
    expect(account).toHaveAccessibleName('Mon compte : Sophie Marchand, Comptabilité');
    expect(screen.getByText('Contenu de la page')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Caisse', 'Comptabilité', 'Accueil']);
  });

  it('hides the settings from staff: the server lets them run no settings operation', async () => {
    const { client } = fakeClient((op) => {
      switch (operationName(op)) {
        case 'CurrentUser':
          return meResult('STAFF');
        case 'MyPermissions':
          return permissionsResult('STAFF');
        default:
          return instituteResult;
      }
    });
    renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });
    await within(screen.getByRole('banner')).findByRole('button', { name: /Mon compte/ });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Agenda', 'Clients', 'Cartes cadeaux', 'Paiements', 'Stock', 'Messages', 'Accueil']);
  });

  it('shows the "Réglages" entry once the server allows a single settings operation', async () => {
    const { client } = fakeClient((op) => {
      switch (operationName(op)) {
        case 'CurrentUser':
          return meResult('STAFF');
        case 'MyPermissions':
          return { data: { myPermissions: ['me', 'agenda', 'pairReader'] } };
        default:
          return instituteResult;
      }
    });
    renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    await within(nav).findByRole('link', { name: 'Réglages' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Agenda', 'Accueil', 'Réglages']);
  });

  it('signs out: revokes the session on the server, forgets the tokens, returns to the login page', async () => {
    const { client, operations } = fakeClient((op) => {
      switch (operationName(op)) {
        case 'CurrentUser':
          return meResult('STAFF');
        case 'Logout':
          return { data: { logout: true } };
        default:
          return instituteResult;
      }
    });
    const { store } = renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });

    fireEvent.click(await screen.findByRole('button', { name: /Mon compte/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(store.get()).toBeNull();
    expect(store.lastSignOutReason()).toBe('signed-out');
    await waitFor(() => expect(operations.map(operationName)).toContain('Logout'));
    const logout = operations.find((o) => operationName(o) === 'Logout')!;
    expect(logout.variables).toEqual({ input: { refreshToken: 'refresh-1' } });
  });

  it('signs out locally even when the server cannot be reached', async () => {
    const { client } = fakeClient((op) => {
      if (operationName(op) === 'Logout') throw new TypeError('Failed to fetch');
      return operationName(op) === 'CurrentUser' ? meResult() : instituteResult;
    });
    const { store } = renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });

    fireEvent.click(await screen.findByRole('button', { name: /Mon compte/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(store.get()).toBeNull();
  });
});
