import { fireEvent, screen } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { checkSymbol } from '@serenaia/shared/gift-card-code';
import { byOperation, fakeClient, graphqlError, operationName } from '@serenaia/shared/testing/urql';
import { settingsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { GiftCardBalancePage } from './GiftCardBalancePage';

const BODY = 'CADEAU2WZ8FXQ7H';
const CODE = BODY + checkSymbol(BODY);

function renderPage(balance: (operation: Operation) => ReturnType<typeof graphqlError>) {
  const fake = fakeClient(byOperation({ SiteSettings: () => settingsResult(), GiftCardBalance: balance }));
  renderWithProviders(<GiftCardBalancePage />, { client: fake.client, route: '/cartes-cadeaux/solde' });
  return fake;
}

const field = () => screen.getByRole('textbox', { name: 'Code de la carte' });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Consulter le solde' }));
const balanceChecks = (operations: Operation[]) =>
  operations.filter((op) => operationName(op) === 'GiftCardBalance');

describe('GiftCardBalancePage', () => {
  it('formats the code as it is typed and shows the balance and the last valid day', async () => {
    const fake = renderPage(() => ({
      data: { giftCardBalance: { balanceCents: 3000, expiresAt: '2099-11-30T23:00:00.000Z' } },
    }));
    fireEvent.change(field(), { target: { value: CODE.toLowerCase() } });
    expect(field()).toHaveValue('CADE-AU2W-Z8FX-Q7H' + CODE[15]);
    submit();
    expect(await screen.findByText('30,00 €')).toBeInTheDocument();
    expect(screen.getByText('Valable jusqu’au lundi 30 novembre 2099 inclus')).toBeInTheDocument();
    expect(balanceChecks(fake.operations).map((op) => op.variables)).toEqual([{ code: CODE }]);
  });

  it('catches a typo before asking the server (no attempt spent)', async () => {
    const fake = renderPage(() => graphqlError('unexpected', 'INTERNAL_SERVER_ERROR'));
    const typo = CODE.slice(0, 15) + (CODE[15] === 'A' ? 'B' : 'A');
    fireEvent.change(field(), { target: { value: typo } });
    submit();
    expect(screen.getByText('Ce code contient une faute de frappe : vérifiez-le.')).toBeInTheDocument();
    expect(balanceChecks(fake.operations)).toHaveLength(0);
    // The footer (once the institute is known) links back to this page.
    const footer = await screen.findByRole('contentinfo');
    expect(footer.querySelector('a[href="/cartes-cadeaux/solde"]')).toHaveTextContent(
      'Solde d’une carte cadeau',
    );
  });

  it('gives one generic answer for a code it cannot show', async () => {
    renderPage(() => graphqlError('Carte cadeau introuvable : vérifiez le code.', 'NOT_FOUND'));
    fireEvent.change(field(), { target: { value: CODE } });
    submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nous ne pouvons pas afficher le solde de cette carte.',
    );
  });

  it('asks to come back later when the server limits the checks', async () => {
    renderPage(() => graphqlError('Trop de tentatives.', 'TOO_MANY_REQUESTS', { retryAfterSeconds: 42 }));
    fireEvent.change(field(), { target: { value: CODE } });
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Beaucoup de vérifications en peu de temps');
    expect(alert).toHaveTextContent('réessayer dans 42 secondes');
  });
});
