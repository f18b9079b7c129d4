import { fireEvent, screen } from '@testing-library/react';
import { practitionersResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient } from '@serenaia/shared/testing/urql';
import { PractitionerStep } from './PractitionerStep';

describe('PractitionerStep', () => {
  it('shows each practitioner’s portrait and presentation, or the generic hint without one', async () => {
    const { client } = fakeClient(byOperation({ BookingPractitioners: () => practitionersResult() }));
    const chosen: (string | null)[] = [];
    const { container } = renderWithProviders(
      <PractitionerStep serviceIds={['svc-eclat']} selected={undefined} onChoose={(id) => chosen.push(id)} />,
      { client },
    );
    const camille = await screen.findByRole('button', { name: /^Camille Roux/ });
    expect(camille).toHaveTextContent(
      'Camille RouxEsthéticienne depuis douze ans, Camille aime les soins du visage sur mesure.',
    );
    const portrait = container.querySelector('img[src="https://photos.exemple.fr/camille.jpg"]');
    expect(portrait).not.toBeNull();
    expect(portrait).toHaveAttribute('alt', '');
    expect(screen.getByRole('button', { name: /^Inès Moreau/ })).toHaveTextContent(
      'Inès MoreauRéalise toutes les prestations choisies',
    );
    expect(container.querySelectorAll('img')).toHaveLength(1);
    fireEvent.click(camille);
    expect(chosen).toEqual(['pr-camille']);
  });
});
