import { act, fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { instituteResult } from '../testing/fixtures';
import { memorySessionStore, renderWithProviders, validTokens } from '../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../shared/session/RequireAuth';

const loginResult = {
  data: {
    login: {
      __typename: 'AuthPayload',
      ...validTokens(),
      user: {
        __typename: 'User',
        id: 'u1',
        email: 'a@b.fr',
        role: 'STAFF',
        firstName: 'Camille',
        lastName: 'Roux',
      },
    },
  },
};

function app() {
  return (
    <Routes>
      <Route path="/connexion" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route path="/" element={<p>Page d’accueil</p>} />
        <Route path="/agenda" element={<p>Agenda du jour</p>} />
        <Route path="/clients" element={<p>Fiche clients</p>} />
      </Route>
    </Routes>
  );
}

describe('RequireAuth and the login page', () => {
  it('sends a visitor to the login page, then back where they were after signing in', async () => {
    const { client } = fakeClient((op) => (operationName(op) === 'Login' ? loginResult : instituteResult));
    const { store } = renderWithProviders(app(), { client, route: '/clients?page=2' });

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(screen.queryByText('Fiche clients')).not.toBeInTheDocument();
    expect(await screen.findByText('Sérénaia Beauté')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: 'camille@serenaia.test' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'serenaia-staff' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Fiche clients')).toBeInTheDocument();
    expect(store.get()?.accessToken).toBe('access-1');
  });

  it('lets a signed-in user through and sends them away from the login page, to the agenda', async () => {
    const { client } = fakeClient(() => instituteResult);
    renderWithProviders(app(), { client, route: '/connexion', store: memorySessionStore(validTokens()) });
    expect(await screen.findByText('Agenda du jour')).toBeInTheDocument();
  });

  it('brings a visitor who opened the bare root to the agenda after signing in', async () => {
    const { client } = fakeClient((op) => (operationName(op) === 'Login' ? loginResult : instituteResult));
    renderWithProviders(app(), { client, route: '/' });

    fireEvent.change(await screen.findByLabelText('Adresse e-mail'), {
      target: { value: 'camille@serenaia.test' },
    });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'serenaia-staff' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Agenda du jour')).toBeInTheDocument();
    expect(screen.queryByText('Page d’accueil')).not.toBeInTheDocument();
  });

  it('explains that the session expired when it could not be renewed', async () => {
    const { client } = fakeClient(() => instituteResult);
    const { store } = renderWithProviders(app(), {
      client,
      route: '/clients',
      store: memorySessionStore(validTokens()),
    });
    expect(await screen.findByText('Fiche clients')).toBeInTheDocument();

    act(() => store.clear('expired'));
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByText('Votre session a expiré. Reconnectez-vous pour continuer.')).toBeInTheDocument();
  });
});
