import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { renderWithProviders } from '../../testing/render';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { TeamPage } from './TeamPage';

const staff = (id: string, firstName: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'StaffAccount',
  id,
  email: `${firstName.toLowerCase()}@serenaia.test`,
  firstName,
  lastName: 'Test',
  role: 'STAFF',
  active: true,
  invitationPending: false,
  lastLoginAt: null,
  practitionerId: null,
  practitionerName: null,
  ...extra,
});

function setup(role: 'ADMIN' | 'STAFF') {
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'StaffAccounts':
        return {
          data: {
            staffAccounts: [
              staff('u1', 'Sophie', { role: 'ADMIN' }),
              staff('u2', 'Camille'),
              staff('u3', 'Nina', { invitationPending: true }),
              staff('u4', 'Léo', { invitationPending: true, active: false }),
            ],
            practitioners: [{ __typename: 'Practitioner', id: 'p1', displayName: 'Camille Roux' }],
          },
        };
      case 'ResendStaffInvitation':
        return {
          data: { resendStaffInvitation: staff('u3', 'Nina', { invitationPending: true }) },
        };
      case 'InviteStaff':
        return graphqlError('Un compte existe déjà avec cette adresse e-mail.', 'BAD_USER_INPUT', {
          fields: [{ field: 'input.email', message: 'Un compte existe déjà avec cette adresse e-mail.' }],
        });
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<TeamPage />, { client });
  return operations;
}

describe('TeamPage', () => {
  it('tells a staff member the page is for admins, and asks the server nothing about the team', async () => {
    const operations = setup('STAFF');
    expect(
      await screen.findByText('Seul un administrateur peut gérer les comptes de l’équipe.'),
    ).toBeInTheDocument();
    expect(operations.map(operationName)).not.toContain('StaffAccounts');
    expect(screen.queryByRole('button', { name: 'Inviter' })).not.toBeInTheDocument();
  });

  it('lists the team; an admin cannot change their own role or access', async () => {
    setup('ADMIN');
    const self = await screen.findByRole('listitem', { name: 'Sophie Test' });
    expect(within(self).getByText(/\(vous\)/)).toBeInTheDocument();
    expect(within(self).getByRole('switch', { name: 'Accès de Sophie Test' })).toBeDisabled();
    const other = screen.getByRole('listitem', { name: 'Camille Test' });
    expect(within(other).getByRole('switch', { name: 'Accès de Camille Test' })).toBeEnabled();
    expect(within(other).getByText('Aucun')).toBeInTheDocument();
  });

  it('checks the invitation form, then shows the server’s refusal under the e-mail', async () => {
    const operations = setup('ADMIN');
    await screen.findByRole('listitem', { name: 'Camille Test' });
    fireEvent.click(screen.getByRole('button', { name: 'Inviter' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await within(dialog).findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(operations.map(operationName)).not.toContain('InviteStaff');

    fireEvent.change(within(dialog).getByLabelText('Prénom'), { target: { value: 'Nora' } });
    fireEvent.change(within(dialog).getByLabelText('Nom'), { target: { value: 'Benali' } });
    fireEvent.change(within(dialog).getByLabelText('Adresse e-mail'), {
      target: { value: 'admin@serenaia.test' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Envoyer l’invitation' }));
    await waitFor(() =>
      expect(within(dialog).getAllByText('Un compte existe déjà avec cette adresse e-mail.')).toHaveLength(2),
    );
    const invite = operations.find((o) => operationName(o) === 'InviteStaff');
    expect(invite?.variables).toEqual({
      input: {
        firstName: 'Nora',
        lastName: 'Benali',
        email: 'admin@serenaia.test',
        role: 'STAFF',
        practitionerId: null,
      },
    });
  });

  it('sends a pending invitation again (new link, the old one void), only for an active account', async () => {
    const operations = setup('ADMIN');
    const pending = await screen.findByRole('listitem', { name: 'Nina Test' });
    expect(
      within(screen.getByRole('listitem', { name: 'Camille Test' })).queryByRole('button', {
        name: /^Renvoyer/,
      }),
    ).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: 'Léo Test' })).queryByRole('button', { name: /^Renvoyer/ }),
    ).not.toBeInTheDocument();
    fireEvent.click(within(pending).getByRole('button', { name: 'Renvoyer l’invitation de Nina Test' }));
    expect(
      await screen.findByText(
        'Nouvelle invitation envoyée à nina@serenaia.test : l’ancien lien ne fonctionne plus.',
      ),
    ).toBeInTheDocument();
    expect(operations.find((o) => operationName(o) === 'ResendStaffInvitation')?.variables).toEqual({
      input: { userId: 'u3' },
    });
  });
});
