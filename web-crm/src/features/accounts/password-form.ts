/** Client-side checks of a new password, the same as the server's (10 to 200 characters). Pure. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'mismatch';

export interface NewPasswordErrors {
  newPassword?: PasswordProblem;
  confirmation?: PasswordProblem;
}

export function validateNewPassword(values: {
  newPassword: string;
  confirmation: string;
}): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (values.newPassword === '') errors.newPassword = 'required';
  else if (values.newPassword.length < PASSWORD_MIN_LENGTH) errors.newPassword = 'tooShort';
  else if (values.newPassword.length > PASSWORD_MAX_LENGTH) errors.newPassword = 'tooLong';
  if (values.confirmation !== values.newPassword) errors.confirmation = 'mismatch';
  return errors;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): 'required' | 'invalid' | undefined {
  const value = email.trim();
  if (value === '') return 'required';
  return EMAIL.test(value) ? undefined : 'invalid';
}
