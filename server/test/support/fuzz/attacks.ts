/**
 * Hostile documents and bodies: each must be refused with one of the expected codes (a refusal that
 * comes only after seconds of work shows up elsewhere; the suite asserts the refusal, not a time), in
 * a GraphQL-shaped answer with a French message. Pure: builds request bodies.
 */

export interface Attack {
  name: string;
  /** The raw HTTP body. */
  body: string;
  contentType?: string;
  /** Codes of an acceptable refusal. */
  refusedWith: string[];
}

/** `query { ...F0 }` where each fragment spreads the next twice: 2ⁿ fields once expanded (issue 9, finding 12). */
export function fragmentBomb(n: number): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query { ...F0 } ${fragments.join(' ')} fragment F${n} on Query { settings { __typename } }`;
}

/** Introspection nested `depth` levels through `ofType`. */
export function deepIntrospection(depth: number): string {
  return `{ __schema { types { ${'ofType { '.repeat(depth)}name${' }'.repeat(depth)} } } }`;
}

/** A field nested `depth` levels through a selection that does not exist (refused at depth or validation). */
export function deepSelection(depth: number): string {
  return `{ settings { ${'institute { '.repeat(depth)}name${' }'.repeat(depth)} } }`;
}

export function aliasFlood(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** Expensive searches under many aliases (issue 9, finding 6). */
export function slotSearchFlood(count: number, serviceId: string, from: string, to: string): string {
  const field = `availableSlots(input: {serviceIds: ["${serviceId}"], from: "${from}", to: "${to}"}) { start }`;
  return aliasFlood(count, field);
}

const json = (query: string) => JSON.stringify({ query });

export function attacks(fx: { serviceId: string; from: string; to: string }): Attack[] {
  const validation = ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS'];
  return [
    { name: 'fragment bomb (23 doubling fragments)', body: json(fragmentBomb(23)), refusedWith: validation },
    { name: 'fragment bomb (40 doubling fragments)', body: json(fragmentBomb(40)), refusedWith: validation },
    { name: 'deep introspection (50)', body: json(deepIntrospection(50)), refusedWith: validation },
    { name: 'deep selection (60)', body: json(deepSelection(60)), refusedWith: validation },
    {
      name: 'alias flood (3000 × settings)',
      body: json(aliasFlood(3000, 'settings { __typename }')),
      refusedWith: [...validation, 'GRAPHQL_PARSE_FAILED'],
    },
    {
      name: 'alias flood (500 × availableSlots)',
      body: json(slotSearchFlood(500, fx.serviceId, fx.from, fx.to)),
      refusedWith: [...validation, 'GRAPHQL_PARSE_FAILED'],
    },
    {
      name: 'slot searches over the expensive-field cap (4)',
      body: json(slotSearchFlood(4, fx.serviceId, fx.from, fx.to)),
      refusedWith: validation,
    },
    {
      name: 'token flood (20,000 tokens)',
      body: json(`{ ${'__typename '.repeat(20_000)}}`),
      refusedWith: ['GRAPHQL_PARSE_FAILED', ...validation],
    },
    {
      name: 'directive flood',
      body: json(`{ settings ${'@include(if: true) '.repeat(5_000)}{ __typename } }`),
      refusedWith: ['GRAPHQL_PARSE_FAILED', ...validation],
    },
    {
      name: 'body over the size limit (1.1 MB)',
      body: json(`{ settings { __typename } } # ${'x'.repeat(1_100_000)}`),
      refusedWith: ['PAYLOAD_TOO_LARGE', 'BAD_REQUEST', 'BAD_USER_INPUT'],
    },
    {
      name: 'malformed JSON',
      body: '{"query": "{ settings { __typename } }"',
      refusedWith: ['BAD_REQUEST', 'BAD_USER_INPUT'],
    },
    { name: 'JSON that is not an object', body: '[1, 2, 3]', refusedWith: ['BAD_REQUEST', 'BAD_USER_INPUT'] },
    {
      name: 'query not a string',
      body: JSON.stringify({ query: 42 }),
      refusedWith: ['BAD_REQUEST', 'BAD_USER_INPUT'],
    },
    {
      name: 'variables not an object',
      body: JSON.stringify({ query: '{ settings { __typename } }', variables: 'x' }),
      refusedWith: ['BAD_REQUEST', 'BAD_USER_INPUT'],
    },
    { name: 'syntax error', body: json('{ settings { '), refusedWith: ['GRAPHQL_PARSE_FAILED'] },
    { name: 'unknown field', body: json('{ nope }'), refusedWith: ['GRAPHQL_VALIDATION_FAILED'] },
    {
      name: 'NUL in the document',
      body: json('{ settings\u0000 { __typename } }'),
      refusedWith: ['GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'],
    },
  ];
}
