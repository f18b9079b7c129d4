import { fireEvent, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import type { Client, Operation } from '@urql/core';
import { useLocation } from 'react-router-dom';
import { monthKeyOf } from '@serenaia/shared/paris-time';
import { catalogResult, practitionersResult, settingsResult, slot } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { BookingPage } from './BookingPage';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

const currentUrl = () => screen.getByTestId('location').textContent ?? '';
const params = () => new URLSearchParams(currentUrl().split('?')[1] ?? '');

/** Free slots on the 20th of whatever month is asked (09:00 and 14:30 in Paris, winter time). */
function slotsFor(operation: Operation) {
  const { input } = operation.variables as { input: { from: string; practitionerId: string | null } };
  const month = monthKeyOf(Date.parse(input.from) + 7 * 86_400_000);
  const ines = { id: 'pr-ines', displayName: 'Inès Moreau' };
  return {
    data: {
      availableSlots: [slot(`${month}-20T08:00:00.000Z`, ines), slot(`${month}-20T13:30:00.000Z`, ines)],
    },
  };
}

function client() {
  return fakeClient(
    byOperation({
      SiteSettings: () => settingsResult(),
      BookingCatalog: () => catalogResult(),
      BookingPractitioners: () => practitionersResult(),
      AvailableSlots: slotsFor,
    }),
  );
}

function renderAt(route: string, fake: { client: Client } = client()): RenderResult {
  return renderWithProviders(
    <>
      <BookingPage />
      <LocationProbe />
    </>,
    { client: fake.client, route },
  );
}

describe('BookingPage', () => {
  it('keeps every step in the address: services in order, practitioner, day and time', async () => {
    const fake = client();
    renderAt('/reserver?categorie=cat-wax', fake);

    // The category linked from the home page is open.
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Épilation sourcils' }));
    await waitFor(() => expect(params().get('prestations')).toBe('svc-brows'));
    fireEvent.click(screen.getByRole('button', { name: /Soins du visage/ }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Soin éclat express' }));
    await waitFor(() => expect(params().get('prestations')).toBe('svc-brows,svc-eclat'));
    const summary = screen.getByRole('region', { name: 'Votre sélection' });
    expect(summary).toHaveTextContent('2 prestations');
    expect(summary).toHaveTextContent('45 min · 59 €');

    fireEvent.click(within(summary).getByRole('button', { name: 'Continuer' }));
    const practitionerHeading = await screen.findByRole('heading', { level: 2, name: 'Avec qui ?' });
    await waitFor(() => expect(practitionerHeading).toHaveFocus());
    expect(params().get('etape')).toBe('praticien');
    const practitionerQuery = fake.operations.find((o) => operationName(o) === 'BookingPractitioners');
    expect(practitionerQuery?.variables).toEqual({ serviceIds: ['svc-brows', 'svc-eclat'] });
    // "Sans préférence" comes first.
    const options = await screen.findAllByRole('button', { pressed: false });
    expect(options[0]).toHaveTextContent('Sans préférence');

    fireEvent.click(screen.getByRole('button', { name: /Inès Moreau/ }));
    await screen.findByRole('heading', { level: 2, name: 'Choisissez la date et l’heure' });
    expect(params().get('etape')).toBe('date');
    expect(params().get('praticien')).toBe('pr-ines');

    const day = await screen.findByRole('button', { name: /20 .*créneaux disponibles/ });
    fireEvent.click(day);
    await waitFor(() => expect(params().get('jour')).toMatch(/-20$/));
    fireEvent.click(await screen.findByRole('button', { name: '09:00' }));

    await screen.findByRole('heading', { level: 2, name: 'Vos coordonnées' });
    expect(params().get('etape')).toBe('coordonnees');
    expect(params().get('heure')).toMatch(/-20T08:00:00.000Z$/);
    expect(params().get('avec')).toBe('pr-ines');
    expect(currentUrl()).toContain('prestations=svc-brows,svc-eclat');
  });

  it('comes back on the same step with the same choices after a reload', async () => {
    const url =
      '/reserver?etape=date&prestations=svc-eclat&praticien=sans-preference&mois=2027-01&jour=2027-01-20';
    const first = renderAt(url);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Choisissez la date et l’heure' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Janvier 2027' })).toBeInTheDocument();
    first.unmount();

    renderAt(url);
    expect(await screen.findByRole('heading', { level: 3, name: 'Janvier 2027' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Horaires du mercredi 20 janvier' }),
    ).toBeInTheDocument();
    // "Sans préférence": each time says whom it goes to.
    expect(screen.getByRole('button', { name: '09:00 avec Inès Moreau' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Matin' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Après-midi' })).toHaveTextContent('14:30');
  });

  it('goes back a step with "Retour" as with the browser’s back button', async () => {
    renderAt('/reserver?prestations=svc-eclat');
    fireEvent.click(await screen.findByRole('button', { name: 'Continuer' }));
    fireEvent.click(await screen.findByRole('button', { name: /Sans préférence/ }));
    await screen.findByRole('heading', { level: 2, name: 'Choisissez la date et l’heure' });

    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    await screen.findByRole('heading', { level: 2, name: 'Avec qui ?' });
    // The previous history entry, as the browser's back button would show it.
    expect(currentUrl()).toBe('/reserver?etape=praticien&prestations=svc-eclat');
    expect(await screen.findByRole('button', { name: /Sans préférence/ })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    await screen.findByRole('heading', { level: 2, name: 'Choisissez vos prestations' });
    expect(currentUrl()).toBe('/reserver?prestations=svc-eclat');
  });

  it('falls back to the first step whose choice is missing', async () => {
    renderAt('/reserver?etape=coordonnees&prestations=svc-eclat,inconnue');
    expect(await screen.findByRole('heading', { level: 2, name: 'Avec qui ?' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Votre sélection' })).toHaveTextContent(
      'Soin éclat express',
    );
    expect(screen.getByRole('region', { name: 'Votre sélection' })).not.toHaveTextContent('inconnue');
  });

  it('allows five services at most', async () => {
    renderAt('/reserver?prestations=svc-eclat,svc-hydra,svc-lift,svc-men,svc-brows');
    const summary = await screen.findByRole('region', { name: 'Votre sélection' });
    expect(summary).toHaveTextContent('5 prestations');
    expect(summary).toHaveTextContent('5 prestations au maximum par rendez-vous en ligne.');
    expect(screen.getByRole('checkbox', { name: 'Épilation sourcils' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Épilation lèvre supérieure' })).toBeDisabled();
  });
});
