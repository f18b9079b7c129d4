import { displayPhone } from './phone';

describe('displayPhone', () => {
  it('writes French numbers the French way and leaves the others', () => {
    expect(displayPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(displayPhone('+442079460958')).toBe('+442079460958');
    expect(displayPhone(null)).toBeNull();
  });
});
