import {
  contactFieldOf,
  EMPTY_CONTACT,
  isValidEmail,
  isValidPhone,
  validateContact,
} from './contact-validation';

const valid = {
  firstName: 'Marie',
  lastName: 'Dupont',
  email: 'marie.dupont@example.fr',
  phone: '06 12 34 56 78',
  note: '',
};

describe('isValidPhone', () => {
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '01 42 80 12 34',
    '+33 6 12 34 56 78',
    '+33612345678',
    '+33 (0)6 12 34 56 78',
    '0033 6 12 34 56 78',
    '+44 20 7946 0958',
    '+1 (415) 555-0134',
    '+32 2 123 45 67',
  ])('accepts %s', (phone) => {
    expect(isValidPhone(phone)).toBe(true);
  });

  it.each([
    '12',
    '06 12 34 56',
    '06 12 34 56 78 90',
    '6 12 34 56 78',
    '0012',
    '+33 6 12 34',
    '+0 123 456 789',
    '+44 20 7946 0958 1234 5678',
    'O6 12 34 56 78',
    '06 12 34 56 7a',
  ])('refuses %s', (phone) => {
    expect(isValidPhone(phone)).toBe(false);
  });
});

describe('isValidEmail', () => {
  it.each(['marie@example.fr', 'jean-pierre.dupont+rdv@mail.example.com', ' marie@example.fr '])(
    'accepts %s',
    (email) => expect(isValidEmail(email)).toBe(true),
  );

  it.each(['marie', 'marie@', 'marie@example', '@example.fr', 'marie dupont@example.fr', 'marie@example.f'])(
    'refuses %s',
    (email) => expect(isValidEmail(email)).toBe(false),
  );
});

describe('validateContact', () => {
  it('passes a complete form', () => {
    expect(validateContact(valid)).toEqual({});
  });

  it('asks for every required field of an empty form, not for the message', () => {
    expect(validateContact(EMPTY_CONTACT)).toEqual({
      firstName: 'firstNameRequired',
      lastName: 'lastNameRequired',
      email: 'emailRequired',
      phone: 'phoneRequired',
    });
  });

  it('treats blanks as empty', () => {
    expect(validateContact({ ...valid, firstName: '   ' }).firstName).toBe('firstNameRequired');
  });

  it('names the wrong format', () => {
    expect(validateContact({ ...valid, email: 'marie@', phone: '12 34' })).toEqual({
      email: 'emailInvalid',
      phone: 'phoneInvalid',
    });
  });

  it('limits names to 60 characters and the message to 500', () => {
    expect(validateContact({ ...valid, lastName: 'x'.repeat(61), note: 'y'.repeat(501) })).toEqual({
      lastName: 'nameTooLong',
      note: 'noteTooLong',
    });
    expect(validateContact({ ...valid, lastName: 'x'.repeat(60), note: 'y'.repeat(500) })).toEqual({});
  });
});

describe('contactFieldOf', () => {
  it('maps the server’s field paths to the form’s fields', () => {
    expect(contactFieldOf('input.client.phone')).toBe('phone');
    expect(contactFieldOf('input.client.firstName')).toBe('firstName');
    expect(contactFieldOf('input.note')).toBe('note');
    expect(contactFieldOf('input.start')).toBeNull();
  });
});
