export interface LoginValues {
  email: string;
  password: string;
}

export type LoginField = keyof LoginValues;
export type LoginProblem = 'emailRequired' | 'emailInvalid' | 'passwordRequired';

// Deliberately loose (one @, a dot in the domain, no spaces): the server has the final word.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks shown before submitting; an empty result means the form may be sent. */
export function validateLogin(values: LoginValues): Partial<Record<LoginField, LoginProblem>> {
  const problems: Partial<Record<LoginField, LoginProblem>> = {};
  const email = values.email.trim();
  if (email === '') problems.email = 'emailRequired';
  else if (!EMAIL_PATTERN.test(email)) problems.email = 'emailInvalid';
  if (values.password === '') problems.password = 'passwordRequired';
  return problems;
}
