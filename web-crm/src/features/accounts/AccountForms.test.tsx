import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, graphqlError } from '@serenaia/shared/testing/urql';
import { ChangePasswordCard } from './ChangePasswordCard';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { SetPasswordPage } from './SetPasswordPage';

const institute = () => ({ data: { settings: { institute: null } } });
const noop = () => undefined;
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

function LoginProbe() {
  const location = useLocation();
  return <p>login page {JSON.stringify(location.state)}</p>;
}

describe('SetPasswordPage', () => {
  const render = (respond: Parameters<typeof byOperation>[0], route = '/mot-de-passe?jeton=abc') => {
    const { client, operations } = fakeClient(byOperation({ InstituteIdentity: institute, ...respond }));
    renderWithProviders(
      <Routes>
        <Route path="/mot-de-passe" element={<SetPasswordPage />} />
        <Route path="/connexion" element={<LoginProbe />} />
      </Routes>,
      { client, route },
    );
    return operations;
  };

  it('checks length and confirmation before sending anything', async () => {
    const operations = render({});
    type('Nouveau mot de passe', 'short');
    type('Confirmez le mot de passe', 'other');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(
      await screen.findByText('Le mot de passe doit contenir au moins 10 caractères.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Les deux mots de passe ne sont pas identiques.')).toBeInTheDocument();
    expect(operations.filter((o) => o.kind === 'mutation')).toHaveLength(0);
  });

  it('sends the token and goes to the login page, which is told the password is set', async () => {
    const operations = render({ SetPasswordWithLink: () => ({ data: { setPasswordWithLink: true } }) });
    type('Nouveau mot de passe', 'a-long-password');
    type('Confirmez le mot de passe', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByText('login page {"passwordSet":true}')).toBeInTheDocument();
    expect(operations.find((o) => o.kind === 'mutation')?.variables).toEqual({
      input: { token: 'abc', newPassword: 'a-long-password' },
    });
  });

  it('shows the server’s refusal of a used link and offers a new one', async () => {
    render({
      SetPasswordWithLink: () =>
        graphqlError('Ce lien n’est plus valide : demandez-en un nouveau.', 'BAD_USER_INPUT', {
          fields: [{ field: 'input.token', message: 'Ce lien n’est plus valide : demandez-en un nouveau.' }],
        }),
    });
    type('Nouveau mot de passe', 'a-long-password');
    type('Confirmez le mot de passe', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(
      await screen.findByText('Ce lien n’est plus valide : demandez-en un nouveau.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/mot-de-passe-oublie',
    );
  });

  it('says so when the link has no token', () => {
    render({}, '/mot-de-passe');
    expect(screen.getByText(/Ce lien est incomplet/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Nouveau mot de passe')).not.toBeInTheDocument();
  });
});

describe('ForgotPasswordPage', () => {
  it('validates the address, then answers the same whatever the server knows', async () => {
    const { client, operations } = fakeClient(
      byOperation({
        InstituteIdentity: institute,
        RequestPasswordReset: () => ({ data: { requestPasswordReset: true } }),
      }),
    );
    renderWithProviders(<ForgotPasswordPage />, { client });
    type('Adresse e-mail', 'camille');
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(await screen.findByText('Cette adresse e-mail n’est pas valide.')).toBeInTheDocument();
    expect(operations.filter((o) => o.kind === 'mutation')).toHaveLength(0);

    type('Adresse e-mail', ' camille@institut.fr ');
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Si un compte de l’équipe correspond à camille@institut.fr',
    );
    expect(operations.find((o) => o.kind === 'mutation')?.variables).toEqual({
      input: { email: 'camille@institut.fr' },
    });
  });
});

describe('ChangePasswordCard', () => {
  it('requires the current password and shows the server’s field error under it', async () => {
    const { client, operations } = fakeClient(
      byOperation({
        ChangeMyPassword: () =>
          graphqlError('Le mot de passe actuel est incorrect.', 'BAD_USER_INPUT', {
            fields: [{ field: 'input.currentPassword', message: 'Le mot de passe actuel est incorrect.' }],
          }),
      }),
    );
    renderWithProviders(<ChangePasswordCard onChanged={noop} />, { client });
    type('Nouveau mot de passe', 'a-long-password');
    type('Répétez le mot de passe', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Saisissez votre mot de passe actuel.')).toBeInTheDocument();
    expect(operations).toHaveLength(0);

    type('Mot de passe actuel', 'wrong-one');
    fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    await waitFor(() => expect(screen.getAllByText('Le mot de passe actuel est incorrect.')).toHaveLength(2));
    expect(screen.getByLabelText('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true');
  });

  it('clears the form and says the other sessions were closed', async () => {
    let changed = 0;
    const { client } = fakeClient(
      byOperation({ ChangeMyPassword: () => ({ data: { changeMyPassword: true } }) }),
    );
    renderWithProviders(<ChangePasswordCard onChanged={() => (changed += 1)} />, { client });
    type('Mot de passe actuel', 'the-old-password');
    type('Nouveau mot de passe', 'a-long-password');
    type('Répétez le mot de passe', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Vos autres sessions ont été fermées.');
    expect(screen.getByLabelText('Mot de passe actuel')).toHaveValue('');
    expect(changed).toBe(1);
  });
});
