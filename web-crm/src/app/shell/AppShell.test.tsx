import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult } from '@urql/core';
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

type Role = 'ADMIN' | 'STAFF' | 'ACCOUNTANT';

/** A signed-in user of `role`, with the operations the server lets that role run. */
function signedInAs(role: Role) {
  return { CurrentUser: () => meResult(role), MyPermissions: () => permissionsResult(role) };
}

/**
 * Renders the app signed in, its server answering by operation name (anything else gets the
 * institute's settings); a throwing answer is a network failure.
 */
function renderApp(answers: Record<string, () => ExecutionResult | Promise<ExecutionResult>>) {
  const { client, operations } = fakeClient((op) => answers[operationName(op)]?.() ?? instituteResult);
  const { store } = renderWithProviders(app(), { client, store: memorySessionStore(validTokens()) });
  return { operations, store };
}

describe('AppShell', () => {
  it('mounts the page at once but shows it once the permissions are known, its actions all there', async () => {
    let answerPermissions: (result: ExecutionResult) => void = () => undefined;
    const { operations } = renderApp({
      CurrentUser: () => meResult('ADMIN'),
      MyPermissions: () => new Promise((resolve) => (answerPermissions = resolve)),
    });
    const page = screen.getByText('Contenu de la page');
    expect(page).not.toBeVisible();
    await waitFor(() => expect(operations.map(operationName)).toContain('MyPermissions'));
    answerPermissions(permissionsResult('ADMIN'));
    await waitFor(() => expect(page).toBeVisible());
  });

  it('shows the institute, the signed-in user with their role, and the pages that exist', async () => {
    renderApp(signedInAs('ADMIN'));

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
    renderApp(signedInAs('ACCOUNTANT'));
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
    renderApp(signedInAs('STAFF'));
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
    renderApp({
      CurrentUser: () => meResult('STAFF'),
      MyPermissions: () => ({ data: { myPermissions: ['me', 'agenda', 'pairReader'] } }),
    });
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
    const { operations, store } = renderApp({
      CurrentUser: () => meResult('STAFF'),
      Logout: () => ({ data: { logout: true } }),
    });

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
    const { store } = renderApp({
      CurrentUser: () => meResult(),
      Logout: () => {
        throw new TypeError('Failed to fetch');
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: /Mon compte/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(store.get()).toBeNull();
  });
});
