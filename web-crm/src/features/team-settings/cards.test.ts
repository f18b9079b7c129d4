import { i18n } from '../../app/i18n';
import { TEAM_SETTINGS_CARDS } from './cards';

describe('TEAM_SETTINGS_CARDS', () => {
  it('names the two pages in French, each gated by an ADMIN mutation', () => {
    expect(TEAM_SETTINGS_CARDS.map((card) => [card.to, i18n.t(card.label), card.operation])).toEqual([
      ['/reglages/praticiennes', 'Praticiennes', 'upsertPractitioner'],
      ['/reglages/cabines', 'Cabines', 'upsertCabin'],
    ]);
    for (const card of TEAM_SETTINGS_CARDS) expect(i18n.t(card.description)).toMatch(/^[A-Z].{20,}\.$/);
  });
});
