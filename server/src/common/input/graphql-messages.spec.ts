import { translateGraphQLMessage } from './graphql-messages.js';

describe('translateGraphQLMessage', () => {
  it.each([
    [
      'Variable "$input" got invalid value 1.5 at "input.position"; Int cannot represent non-integer value: 1.5',
      'Le champ « position » doit être un nombre entier.',
      'input.position',
    ],
    [
      'Variable "$input" got invalid value 1e12 at "input.amountCents"; Int cannot represent non 32-bit signed integer value: 1000000000000',
      'Le champ « amountCents » est un nombre trop grand.',
      'input.amountCents',
    ],
    [
      'Variable "$input" got invalid value "NOPE" at "input.status"; Value "NOPE" does not exist in "BookingStatus" enum.',
      'Le champ « status » n’a pas une valeur autorisée.',
      'input.status',
    ],
    [
      'Variable "$input" got invalid value {}; Field "start" of required type "DateTime!" was not provided.',
      'Le champ « start » est obligatoire.',
      'input.start',
    ],
    [
      'Variable "$input" got invalid value { x: 1 }; Field "x" is not defined by type "CreateBookingInput".',
      'Le champ « x » n’existe pas.',
      'input.x',
    ],
    [
      'Variable "$input" got invalid value null at "input.serviceIds[0]"; Expected non-nullable type "ID!" not to be null.',
      'Le champ « serviceIds » est obligatoire.',
      'input.serviceIds[0]',
    ],
    [
      'Variable "$input" got invalid value 3 at "input.note"; String cannot represent a non string value: 3',
      'Le champ « note » doit être un texte.',
      'input.note',
    ],
    [
      'Variable "$input" got invalid value "x" at "input.start"; Date et heure invalides : utilisez le format ISO 8601.',
      'Date et heure invalides : utilisez le format ISO 8601.',
      'input.start',
    ],
    [
      'Variable "$input" of required type "CreateBookingInput!" was not provided.',
      'Le champ « input » est obligatoire.',
      'input',
    ],
    ['Variable "$id" of non-null type "ID!" must not be null.', 'Le champ « id » est obligatoire.', 'id'],
  ])('%s', (english, french, field) => {
    expect(translateGraphQLMessage(english)).toEqual({
      message: french,
      fields: [{ field, message: french }],
    });
  });

  it.each([
    ['Syntax Error: Unexpected Name "x".', 'La requête GraphQL contient une erreur de syntaxe.'],
    [
      'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.',
      'La requête est trop volumineuse : plus de 10000 éléments.',
    ],
    ['Cannot query field "nope" on type "Query".', 'Le champ « nope » n’existe pas dans « Query ».'],
    [
      'Expected value of type "Int!", found "x".',
      'Une valeur écrite dans la requête n’a pas le type attendu (Int!).',
    ],
    [
      'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type.',
      'L’introspection du schéma GraphQL est désactivée en production.',
    ],
    ['Something graphql-js will say one day.', 'La requête GraphQL est invalide.'],
  ])('document errors: %s', (english, french) => {
    expect(translateGraphQLMessage(english)?.message).toBe(french);
  });

  it('leaves French messages alone', () => {
    expect(
      translateGraphQLMessage('La requête est trop imbriquée : profondeur 12, maximum autorisé 10.'),
    ).toBeNull();
  });
});
