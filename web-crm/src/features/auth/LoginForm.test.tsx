import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ExecutionResult } from '@urql/core';
import { renderWithProviders } from '../../testing/render';
import {
  authorizationOf,
  fakeClient,
  graphqlError,
  operationName,
  type Responder,
} from '@serenaia/shared/testing/urql';
import { LoginForm } from './LoginForm';
import type { SessionTokens } from '../../shared/session/session-store';

const loginPayload = (role: 'ADMIN' | 'STAFF' | 'CLIENT' = 'STAFF'): ExecutionResult => ({
  data: {
    login: {
      __typename: 'AuthPayload',
      accessToken: 'access-token',
      accessTokenExpiresAt: '2026-11-25T10:15:00.000Z',
      refreshToken: 'refresh-token',
      refreshTokenExpiresAt: '2026-12-25T10:00:00.000Z',
      user: {
        __typename: 'User',
        id: 'u1',
        email: 'camille@serenaia.test',
        role,
        firstName: 'Camille',
        lastName: 'Roux',
      },
    },
  },
});

function setup(respond: Responder) {
  const onSignedIn = jest.fn<(tokens: SessionTokens) => void>();
  const { client, operations } = fakeClient(respond);
  renderWithProviders(<LoginForm onSignedIn={onSignedIn} />, { client });
  const email = screen.getByLabelText('Adresse e-mail');
  const password = screen.getByLabelText('Mot de passe');
  const submit = screen.getByRole('button', { name: 'Se connecter' });
  const fill = (values: { email?: string; password?: string }) => {
    if (values.email !== undefined) fireEvent.change(email, { target: { value: values.email } });
    if (values.password !== undefined) fireEvent.change(password, { target: { value: values.password } });
  };
  return { onSignedIn, operations, email, password, submit, fill };
}

/** Lets pending microtasks (the fake exchange starts requests asynchronously) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LoginForm — client-side validation', () => {
  it('flags empty fields on submit and sends nothing', async () => {
    const { submit, operations, onSignedIn, email } = setup(() => loginPayload());
    fireEvent.click(submit);

    expect(await screen.findByText('Saisissez votre adresse e-mail.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    await settle();
    expect(operations).toHaveLength(0);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows a malformed e-mail as soon as the field is left, before submitting', () => {
    const { email, fill } = setup(() => loginPayload());
    fill({ email: 'camille@serenaia' });
    expect(screen.queryByText(/n’est pas valide/)).not.toBeInTheDocument();

    fireEvent.blur(email);
    expect(
      screen.getByText('Cette adresse e-mail n’est pas valide (exemple : prenom@institut.fr).'),
    ).toBeInTheDocument();
    // The untouched password field stays quiet until submit.
    expect(screen.queryByText('Saisissez votre mot de passe.')).not.toBeInTheDocument();

    fill({ email: 'camille@serenaia.test' });
    expect(screen.queryByText(/n’est pas valide/)).not.toBeInTheDocument();
  });
});

describe('LoginForm — talking to the server', () => {
  it('signs in with the trimmed e-mail and hands over the tokens only', async () => {
    const { submit, fill, operations, onSignedIn } = setup(() => loginPayload());
    fill({ email: '  camille@serenaia.test ', password: 'serenaia-staff' });
    fireEvent.click(submit);

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn).toHaveBeenCalledWith({
      accessToken: 'access-token',
      accessTokenExpiresAt: '2026-11-25T10:15:00.000Z',
      refreshToken: 'refresh-token',
      refreshTokenExpiresAt: '2026-12-25T10:00:00.000Z',
    });
    expect(operations.map(operationName)).toEqual(['Login']);
    expect(operations[0]?.variables).toEqual({
      input: { email: 'camille@serenaia.test', password: 'serenaia-staff' },
    });
  });

  it('shows the loading state while the server answers', async () => {
    let answer: (result: ExecutionResult) => void = () => undefined;
    const { submit, fill, operations } = setup(() => new Promise((resolve) => (answer = resolve)));
    fill({ email: 'camille@serenaia.test', password: 'x' });
    fireEvent.click(submit);

    await waitFor(() => expect(operations).toHaveLength(1));
    expect(submit).toBeDisabled();
    answer(graphqlError('E-mail ou mot de passe incorrect.', 'UNAUTHENTICATED'));
    await waitFor(() => expect(submit).toBeEnabled());
  });

  it('shows the server’s French message for a wrong password', async () => {
    const { submit, fill, onSignedIn } = setup(() =>
      graphqlError('E-mail ou mot de passe incorrect.', 'UNAUTHENTICATED'),
    );
    fill({ email: 'camille@serenaia.test', password: 'mauvais' });
    fireEvent.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail ou mot de passe incorrect.');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows the throttling message as the server words it', async () => {
    const { submit, fill } = setup(() =>
      graphqlError('Trop de tentatives pour ce compte. Réessayez dans 15 minutes.', 'TOO_MANY_REQUESTS', {
        retryAfterSeconds: 900,
      }),
    );
    fill({ email: 'camille@serenaia.test', password: 'mauvais' });
    fireEvent.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop de tentatives pour ce compte. Réessayez dans 15 minutes.',
    );
  });

  it('puts the server’s field errors under the fields', async () => {
    const { submit, fill, email } = setup(() =>
      graphqlError('Adresse e-mail invalide.', 'BAD_USER_INPUT', {
        fields: [{ field: 'input.email', message: 'Adresse e-mail invalide.' }],
      }),
    );
    fill({ email: 'camille@serenaia.t', password: 'x' });
    fireEvent.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail invalide.');
    expect(email).toHaveAccessibleDescription('Adresse e-mail invalide.');

    // Editing the field clears its server message.
    fireEvent.change(email, { target: { value: 'camille@serenaia.test' } });
    expect(email).not.toHaveAccessibleDescription('Adresse e-mail invalide.');
  });

  it('explains when the server cannot be reached', async () => {
    const { submit, fill } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    fill({ email: 'camille@serenaia.test', password: 'x' });
    fireEvent.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    );
    expect(alert).not.toHaveTextContent('Failed to fetch');
  });

  it('refuses client accounts and revokes the session they just opened', async () => {
    const { submit, fill, onSignedIn, operations } = setup((operation) =>
      operationName(operation) === 'Login' ? loginPayload('CLIENT') : { data: { logout: true } },
    );
    fill({ email: 'client@example.fr', password: 'x' });
    fireEvent.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cet espace est réservé à l’équipe de l’institut.',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
    await waitFor(() => expect(operations.map(operationName)).toEqual(['Login', 'Logout']));
    expect(operations[1]?.variables).toEqual({ input: { refreshToken: 'refresh-token' } });
    expect(authorizationOf(operations[1])).toBe('Bearer access-token');
  });
});
