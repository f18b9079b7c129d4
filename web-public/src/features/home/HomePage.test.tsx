import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExecutionResult } from '@urql/core';
import { catalogResult, settingsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { HomePage } from './HomePage';

const services = () => catalogResult();

describe('HomePage', () => {
  it('shows the institute from the settings query: name, address, phone and e-mail links, legal footer', async () => {
    const { client, operations } = fakeClient(
      byOperation({ SiteSettings: () => settingsResult(), HomeServices: services }),
    );
    renderWithProviders(<HomePage />, { client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(operations.map(operationName)).toEqual(['SiteSettings', 'HomeServices']);

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
    const { client } = fakeClient(
      byOperation({
        SiteSettings: () => settingsResult({ phone: null, email: null, name: 'Atelier Lumière' }),
        HomeServices: services,
      }),
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
      byOperation({
        SiteSettings: () => new Promise<ExecutionResult>((resolve) => (answer = resolve)),
        HomeServices: services,
      }),
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
    const { client } = fakeClient(
      byOperation({
        SiteSettings: () => {
          calls += 1;
          if (calls === 1) throw new TypeError('Failed to fetch');
          return settingsResult();
        },
        HomeServices: services,
      }),
    );
    renderWithProviders(<HomePage />, { client });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le site est momentanément indisponible');
    expect(alert).not.toHaveTextContent('Failed to fetch');

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('previews the services by category with their lowest price, each leading into the booking flow', async () => {
    const { client } = fakeClient(
      byOperation({ SiteSettings: () => settingsResult(), HomeServices: services }),
    );
    renderWithProviders(<HomePage />, { client });

    const preview = await screen.findByRole('region', { name: 'Nos prestations' });
    const face = await within(preview).findByRole('article', { name: 'Soins du visage' });
    expect(face).toHaveTextContent('À partir de 45 €');
    expect(within(preview).getByRole('article', { name: 'Épilations' })).toHaveTextContent('À partir de 9 €');
    // Three services per category at most, then a link to all of them.
    expect(within(face).getAllByRole('listitem')).toHaveLength(3);
    expect(within(face).getByRole('link', { name: /Soin éclat express/ })).toHaveAttribute(
      'href',
      '/reserver?prestations=svc-eclat',
    );
    expect(within(face).getByRole('link', { name: 'Voir les 4 prestations' })).toHaveAttribute(
      'href',
      '/reserver?categorie=cat-face',
    );
    // The call to action, in the header and in the hero.
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Prendre rendez-vous' }),
    ).toHaveAttribute('href', '/reserver');
    expect(screen.getAllByRole('link', { name: 'Prendre rendez-vous' }).length).toBeGreaterThanOrEqual(3);
  });

  it('still shows the institute when the services cannot be loaded', async () => {
    const { client } = fakeClient(
      byOperation({
        SiteSettings: () => settingsResult(),
        HomeServices: () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    renderWithProviders(<HomePage />, { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Nos prestations' })).not.toBeInTheDocument(),
    );
  });
});
