import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { documentLimitsRule, type DocumentLimits } from './depth-limit.js';

const schema = buildSchema(`
  type Node { name: String, child: Node, children: [Node] }
  type Query { node: Node, version: String }
`);

const LIMITS: DocumentLimits = { maxDepth: 10, maxIntrospectionDepth: 15, maxSelections: 5000 };

const errorsFor = (query: string, limits: Partial<DocumentLimits> = {}) =>
  validate(schema, parse(query), [documentLimitsRule({ ...LIMITS, ...limits })]).map((e) => e.message);

/** `query { ...F0 }` where each fragment spreads the next one twice: 2ⁿ selections once expanded. */
function doublingFragments(n: number, leaf: string): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query { ...F0 } ${fragments.join(' ')} fragment F${n} on Query { ${leaf} }`;
}

/** `{ __schema { types { ofType { ofType … } } } }` nested `depth` deep. */
const introspectionOfDepth = (depth: number) =>
  `{ __schema { types { ${'ofType { '.repeat(depth - 3)}name${' }'.repeat(depth - 3)} } } }`;

describe('documentLimitsRule', () => {
  it.each([
    ['{ version }', 1],
    ['{ node { name } }', 2],
    ['{ node { child { child { name } } } }', 4],
    ['{ node { ...F } } fragment F on Node { child { name } }', 3],
    ['{ node { ... on Node { child { name } } } }', 3],
    ['{ a: node { name } b: node { child { name } } }', 3],
    ['{ node { ...A ...B } } fragment A on Node { name } fragment B on Node { child { ...A } }', 3],
  ])('%s has depth %i', (query, depth) => {
    expect(errorsFor(query, { maxDepth: depth })).toEqual([]);
    expect(errorsFor(query, { maxDepth: depth - 1 })).toEqual([
      `La requête est trop imbriquée : profondeur ${depth}, maximum autorisé ${depth - 1}.`,
    ]);
  });

  it('does not count introspection fields against the ordinary depth', () => {
    expect(errorsFor('{ node { __typename child { name } } }', { maxDepth: 3 })).toEqual([]);
    expect(errorsFor('{ __schema { types { fields { type { name } } } } }', { maxDepth: 2 })).toEqual([]);
  });

  it('accepts the standard introspection query (depth 15) and refuses deeper introspection', () => {
    const standard = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(errorsFor(standard, { maxDepth: 2 })).toEqual([]);
    expect(errorsFor(standard, { maxDepth: 2, maxIntrospectionDepth: 14 })).toEqual([
      'La requête d’introspection est trop imbriquée : profondeur 15, maximum autorisé 14.',
    ]);
    expect(errorsFor(introspectionOfDepth(15))).toEqual([]);
    expect(errorsFor(introspectionOfDepth(50))).toEqual([
      'La requête d’introspection est trop imbriquée : profondeur 50, maximum autorisé 15.',
    ]);
  });

  it('counts selections once fragments are expanded', () => {
    // 2 + 2 × (1 + 2) = 8: two spreads, each expanding to a field with one child.
    const query = '{ ...F ...F } fragment F on Query { node { name } version }';
    expect(errorsFor(query, { maxSelections: 8 })).toEqual([]);
    expect(errorsFor(query, { maxSelections: 7 })).toEqual([
      'La requête est trop volumineuse : 8 sélections une fois les fragments développés, maximum autorisé 7.',
    ]);
  });

  it('refuses 60 doubling fragments (2⁶⁰ selections) without expanding them', () => {
    // Expanding them one spread at a time would take years: the test's time limit would catch it.
    const document = parse(doublingFragments(60, 'version'));
    const errors = validate(schema, document, [...specifiedRules, documentLimitsRule(LIMITS)]);
    expect(errors.map((e) => e.message)).toEqual([
      `La requête est trop volumineuse : ${Number.MAX_SAFE_INTEGER} sélections une fois les fragments développés, maximum autorisé 5000.`,
    ]);
  });

  it('does not loop on fragment cycles (graphql-js reports them)', () => {
    const document = parse('{ node { ...A } } fragment A on Node { child { ...A } }');
    expect(() => validate(schema, document, [documentLimitsRule(LIMITS)])).not.toThrow();
  });
});
