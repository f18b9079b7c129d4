import { rewardLineCents } from './rewards.js';

describe('rewardLineCents', () => {
  it.each([
    ['a ticket above the reward', 1000, 4550, { ok: true, cents: 1000 }],
    ['a ticket exactly at the reward', 1000, 1000, { ok: true, cents: 1000 }],
    ['a free service on a ticket holding it', 6500, 6500, { ok: true, cents: 6500 }],
  ])('%s: the whole reward comes off', (_name, value, total, expected) => {
    expect(rewardLineCents(value, total)).toEqual(expected);
  });

  it('an empty ticket (or one already brought to 0 €) is refused', () => {
    for (const total of [0, -500]) {
      expect(rewardLineCents(1000, total)).toEqual({
        ok: false,
        message: 'Le ticket est vide : ajoutez d’abord ce que la récompense vient réduire.',
      });
    }
  });

  it('a ticket below the reward is refused, naming both amounts, rather than capped', () => {
    const result = rewardLineCents(1000, 350);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message.replace(/\s/g, ' ')).toBe(
      'Le ticket (3,50 €) est inférieur à la récompense (10,00 €) : ajoutez d’abord ce qu’elle vient réduire, sinon la cliente perdrait une partie de ses points.',
    );
  });
});
