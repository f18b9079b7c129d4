import { lazy } from './lazy';

describe('lazy', () => {
  it('makes the value at the first call only, and keeps it (undefined included)', () => {
    let made = 0;
    const value = lazy(() => {
      made += 1;
      return made === 1 ? undefined : 'again';
    });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });
});
