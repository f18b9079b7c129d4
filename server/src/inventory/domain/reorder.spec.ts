import { reorderSuggestions, type ReorderCandidate } from './reorder.js';

const base: ReorderCandidate = {
  productId: 'p',
  quantity: 0,
  threshold: 3,
  reorderTarget: null,
  onOrder: 0,
  active: true,
};

describe('reorderSuggestions', () => {
  it.each<[string, Partial<ReorderCandidate>, number | null]>([
    ['above the threshold', { quantity: 4 }, null],
    ['at the threshold, default target = 2 × threshold', { quantity: 3 }, 3],
    ['empty, explicit target', { quantity: 0, reorderTarget: 12 }, 12],
    ['negative shelf', { quantity: -2, reorderTarget: 10 }, 12],
    ['already on order above the threshold', { quantity: 1, onOrder: 5 }, null],
    ['partly on order', { quantity: 1, onOrder: 1, reorderTarget: 10 }, 8],
    ['no threshold', { threshold: null }, null],
    ['inactive', { active: false }, null],
    ['threshold 0: target 1', { threshold: 0, quantity: 0 }, 1],
  ])('%s', (_name, patch, expected) => {
    const out = reorderSuggestions([{ ...base, ...patch }]);
    expect(out[0]?.suggestedQuantity ?? null).toBe(expected);
  });
});
