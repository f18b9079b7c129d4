import { fireEvent, screen, within } from '@testing-library/react';
import { instituteResult, meResult } from '../../testing/fixtures';
import { memorySessionStore, renderWithProviders, validTokens } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { HomePage } from './HomePage';

// 23:30 UTC on Wednesday 25 November is already Thursday in Paris.
const lateEvening = () => new Date('2026-11-25T23:30:00Z');

describe('HomePage', () => {
  it('greets the user by first name with today’s date in Paris, and shows the institute’s identity', async () => {
    const { client } = fakeClient((op) =>
      operationName(op) === 'CurrentUser' ? meResult() : instituteResult,
    );
    renderWithProviders(<HomePage now={lateEvening} />, { client, store: memorySessionStore(validTokens()) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Sophie' })).toBeInTheDocument();
    expect(screen.getByText('Jeudi 26 novembre 2026')).toBeInTheDocument();

    const card = await screen.findByRole('region', { name: 'Votre institut' });
    const fact = (label: string) => within(card).getByText(label).nextElementSibling;
    expect(fact('Raison sociale')).toHaveTextContent('Sérénaia Beauté SARL');
    expect(fact('Adresse')).toHaveTextContent('18 rue des Martyrs75009 Paris');
    expect(fact('SIRET')).toHaveTextContent('912 345 675 00017');
    expect(fact('N° de TVA intracommunautaire')).toHaveTextContent('FR65912345675');
    expect(within(card).getByRole('link', { name: '01 42 80 12 34' })).toHaveAttribute(
      'href',
      'tel:+33142801234',
    );
  });

  it('says so when the institute cannot be loaded, and retries', async () => {
    let failures = 1;
    const { client } = fakeClient((op) => {
      if (operationName(op) === 'CurrentUser') return meResult();
      if (failures-- > 0) throw new TypeError('Failed to fetch');
      return instituteResult;
    });
    renderWithProviders(<HomePage now={lateEvening} />, { client, store: memorySessionStore(validTokens()) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de joindre le serveur.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('region', { name: 'Votre institut' })).toBeInTheDocument();
  });
});
