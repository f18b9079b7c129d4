import { isEnglish } from './language.js';

describe('isEnglish', () => {
  it.each([
    'Variable "$input" got invalid value "x" at "input.start"; Expected type "DateTime".',
    'position must not be less than 0',
    'stripeSecretKey must be shorter than or equal to 300 characters',
    'rules must contain no more than 70 elements',
    'Request body is too large',
    "Body is not valid JSON but content-type is set to 'application/json'",
    'Unauthorized',
    'Forbidden resource',
    'Internal server error',
    'Cannot query field "nope" on type "Query".',
  ])('finds English in %j', (message) => {
    expect(isEnglish(message)).toBe(true);
  });

  it.each([
    'Le champ « note » contient un caractère interdit.',
    'Date et heure invalides : utilisez le format ISO 8601 avec un fuseau (par exemple 2026-12-24T09:30:00Z).',
    'La requête est trop imbriquée : profondeur 4, maximum autorisé 3.',
    'Ce créneau vient d’être réservé.',
    // Quoted input and product names do not count.
    'Le champ « must not » est obligatoire.',
    'Stripe a refusé la clé.',
    'Réservation introuvable.',
    'Trop de requêtes. Réessayez dans 30 secondes.',
  ])('reads %j as French', (message) => {
    expect(isEnglish(message)).toBe(false);
  });
});
