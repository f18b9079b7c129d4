import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult } from '@urql/core';
import { renderWithProviders } from '../../testing/render';
import { fakeClient } from '../../testing/urql';
import { HomePage } from './HomePage';
import type { PublicInstitute } from './types';

const institute: PublicInstitute & { __typename: 'Institute' } = {
  __typename: 'Institute',
  name: 'Sérénaia Beauté',
  legalName: 'Sérénaia Beauté SARL',
  addressLine1: '18 rue des Martyrs',
  addressLine2: null,
  postalCode: '75009',
  city: 'Paris',
  phone: '01 42 80 12 34',
  email: 'bonjour@serenaia.test',
  siret: '91234567500017',
  vatNumber: 'FR65912345675',
};

const settingsResult = (overrides: Partial<PublicInstitute> = {}): ExecutionResult => ({
  data: { settings: { __typename: 'Settings', institute: { ...institute, ...overrides } } },
});

describe('HomePage', () => {
  it('shows the institute from the settings query: name, address, phone and e-mail links, legal footer', async () => {
    const { client, operations } = fakeClient(() => settingsResult());
    renderWithProviders(<HomePage />, { client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(operations.map((o) => o.kind)).toEqual(['query']);

    const findUs = screen.getByRole('region', { name: 'Nous trouver' });
    expect(within(findUs).getByText('18 rue des Martyrs')).toBeInTheDocument();
    expect(within(findUs).getByText('75009 Paris')).toBeInTheDocument();
    expect(within(findUs).getByRole('link', { name: '01 42 80 12 34' })).toHaveAttribute(
      'href',
      'tel:+33142801234',
    );
    expect(within(findUs).getByRole('link', { name: 'bonjour@serenaia.test' })).toHaveAttribute(
      'href',
      'mailto:bonjour@serenaia.test',
    );
    expect(screen.getByRole('link', { name: /Appeler l’institut/ })).toHaveAttribute(
      'href',
      'tel:+33142801234',
    );

    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Sérénaia Beauté SARL · SIRET 912 345 675 00017');
    expect(footer).toHaveTextContent('TVA intracommunautaire FR65912345675');
  });

  it('leaves out the phone and e-mail when the institute has none', async () => {
    const { client } = fakeClient(() =>
      settingsResult({ phone: null, email: null, name: 'Atelier Lumière' }),
    );
    renderWithProviders(<HomePage />, { client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier Lumière' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Téléphone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'E-mail' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Appeler/ })).not.toBeInTheDocument();
  });

  it('shows a skeleton while loading', async () => {
    let answer: (result: ExecutionResult) => void = () => undefined;
    const { client, operations } = fakeClient(
      () => new Promise<ExecutionResult>((resolve) => (answer = resolve)),
    );
    renderWithProviders(<HomePage />, { client });
    await waitFor(() => expect(operations).toHaveLength(1));

    expect(screen.getByRole('status')).toHaveTextContent('Chargement des informations de l’institut…');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    answer(settingsResult());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a friendly French message when the API fails, and retries on demand', async () => {
    let calls = 0;
    const { client } = fakeClient(() => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return settingsResult();
    });
    renderWithProviders(<HomePage />, { client });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le site est momentanément indisponible');
    expect(alert).not.toHaveTextContent('Failed to fetch');

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
