import { fireEvent, render, screen, within } from '@testing-library/react';
import { print, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { MemoryRouter } from 'react-router-dom';
import { AppProviders } from '../../app/AppProviders';
import { HomePageDocument } from '../../gql/graphql';
import { CATEGORIES, INSTITUTE } from '../../testing/fixtures';
import { HOME_QUERY, type HomeData } from './home-data';
import { HomePage } from './HomePage';
import { resetHomeData, type HomeDataLoader } from './useHomeData';

function homeData(overrides: Partial<HomeData['settings']['institute']> = {}): HomeData {
  return {
    settings: { institute: { ...INSTITUTE, ...overrides } },
    serviceCategories: CATEGORIES,
  };
}

/** The home page with its loader; returns the calls the page made. */
function renderHome(load: HomeDataLoader) {
  const calls: number[] = [];
  const counted: HomeDataLoader = (signal) => {
    calls.push(calls.length + 1);
    return load(signal);
  };
  render(
    <AppProviders>
      <MemoryRouter initialEntries={['/']}>
        <HomePage load={counted} />
      </MemoryRouter>
    </AppProviders>,
  );
  return calls;
}

afterEach(() => {
  resetHomeData();
});

describe('HomePage', () => {
  it('shows the institute: name, address, phone and e-mail links, legal footer', async () => {
    renderHome(() => Promise.resolve(homeData()));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
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
    renderHome(() => Promise.resolve(homeData({ phone: null, email: null, name: 'Atelier Lumière' })));

    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier Lumière' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Téléphone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'E-mail' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Appeler/ })).not.toBeInTheDocument();
  });

  it('shows a skeleton while loading', async () => {
    let answer: (data: HomeData) => void = () => undefined;
    renderHome(() => new Promise<HomeData>((resolve) => (answer = resolve)));

    expect(screen.getByRole('status')).toHaveTextContent('Chargement des informations de l’institut…');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    answer(homeData());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a friendly French message when the API fails, and retries on demand', async () => {
    let failures = 1;
    const calls = renderHome(() =>
      failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(homeData()),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le site est momentanément indisponible');
    expect(alert).not.toHaveTextContent('Failed to fetch');

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sérénaia Beauté' })).toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it('previews the services by category with their lowest price, each leading into the booking flow', async () => {
    renderHome(() => Promise.resolve(homeData()));

    const preview = await screen.findByRole('region', { name: 'Nos prestations' });
    const face = within(preview).getByRole('article', { name: 'Soins du visage' });
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
});

describe('HOME_QUERY', () => {
  it('is the text of HomePage.graphql (the typed document codegen makes from it)', () => {
    const file = readFileSync(new URL('HomePage.graphql', import.meta.url), 'utf8');
    expect(print(parse(HOME_QUERY))).toBe(print(parse(file)));
    expect(print(parse(HOME_QUERY))).toBe(print(HomePageDocument));
  });
});
