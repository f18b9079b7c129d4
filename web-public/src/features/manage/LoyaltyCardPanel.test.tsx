import { screen } from '@testing-library/react';
import type { LoyaltyCardPanelFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient } from '@serenaia/shared/testing/urql';
import { LoyaltyCardPanel } from './LoyaltyCardPanel';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0h1"/></svg>';
const card: LoyaltyCardPanelFragment = {
  balance: 420,
  tier: 'SILVER',
  tierName: 'Argent',
  availableRewards: [],
  nextReward: { name: '10 € offerts', points: 500 },
  cardToken: '0123456789abcdef0123456789abcdef',
  qrSvg: SVG,
};

const show = (c: LoyaltyCardPanelFragment) =>
  renderWithProviders(<LoyaltyCardPanel card={c} />, { client: fakeClient(byOperation({})).client });

describe('LoyaltyCardPanel', () => {
  it('shows the points, the tier, how far the next reward is, and the card’s QR code to download', () => {
    show(card);
    expect(screen.getByRole('heading', { name: 'Ma carte de fidélité' })).toBeInTheDocument();
    expect(screen.getByText('420 points')).toBeInTheDocument();
    expect(screen.getByText('Palier Argent')).toBeInTheDocument();
    expect(screen.getByText('Plus que 80 points pour « 10 € offerts ».')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progression vers « 10 € offerts »' })).toHaveAttribute(
      'aria-valuenow',
      '84',
    );
    const qr = screen.getByRole('img', { name: 'QR code de votre carte de fidélité' });
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG)}`);
    expect(screen.getByRole('link', { name: 'Télécharger' })).toHaveAttribute(
      'download',
      'carte-fidelite.svg',
    );
  });

  it('names the rewards already affordable, and no progress once every reward is', () => {
    show({
      ...card,
      balance: 1,
      availableRewards: [{ name: '10 € offerts', points: 500 }],
      nextReward: null,
    });
    expect(screen.getByText('1 point')).toBeInTheDocument();
    expect(screen.getByText('À demander lors de votre prochaine visite : 10 € offerts.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
