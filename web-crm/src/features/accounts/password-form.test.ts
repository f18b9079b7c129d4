import { validateEmail, validateNewPassword } from './password-form';

describe('validateNewPassword', () => {
  it.each([
    [{ newPassword: '', confirmation: '' }, { newPassword: 'required' }],
    [{ newPassword: 'short', confirmation: 'short' }, { newPassword: 'tooShort' }],
    [{ newPassword: 'x'.repeat(201), confirmation: 'x'.repeat(201) }, { newPassword: 'tooLong' }],
    [{ newPassword: 'long-enough-pw', confirmation: 'long-enough-pX' }, { confirmation: 'mismatch' }],
    [{ newPassword: 'long-enough-pw', confirmation: 'long-enough-pw' }, {}],
  ])('%j → %j', (values, expected) => {
    expect(validateNewPassword(values)).toEqual(expected);
  });
});

describe('validateEmail', () => {
  it.each([
    ['', 'required'],
    ['  ', 'required'],
    ['camille', 'invalid'],
    [' camille@institut.fr ', undefined],
  ])('%p → %p', (email, expected) => {
    expect(validateEmail(email)).toBe(expected);
  });
});
