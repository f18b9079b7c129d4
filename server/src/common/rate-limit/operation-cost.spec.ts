import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationCost, rootFieldCounts } from './operation-cost.js';

const counts = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return rootFieldCounts(document, operation);
};

describe('operationCost', () => {
  it.each([
    ['{ me { id } }', 1],
    ['{ me { id } settings { institute { name } } }', 2],
    ['{ a: me { id } b: me { id } c: me { id } }', 3],
    ['mutation { a: login(input: {}) { accessToken } b: login(input: {}) { accessToken } }', 2],
    ['{ ...F ...F } fragment F on Query { me { id } settings { __typename } }', 4],
    ['{ ... on Query { a: me { id } } }', 1],
    ['{ __typename __schema { types { name } } }', 0],
  ])('%s costs %i', (query, expected) => {
    expect(operationCost(counts(query))).toBe(expected);
  });

  it('counts root fields through fragments, aliases included', () => {
    expect(
      counts(
        '{ x: me { id } y: me { id } ...F } fragment F on Query { settings { __typename } ...G } fragment G on Query { me { id } }',
      ),
    ).toEqual(
      new Map([
        ['me', 3],
        ['settings', 1],
      ]),
    );
  });

  it('counts 60 doubling fragments (2⁶⁰ root fields) without expanding them', () => {
    // Expanding them one spread at a time would take years: the test's time limit would catch it.
    const fragments = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `query { ...F0 } ${fragments.join(' ')} fragment F60 on Query { settings { __typename } }`;
    expect(counts(query)).toEqual(new Map([['settings', Number.MAX_SAFE_INTEGER]]));
    expect(operationCost(counts(query))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('does not loop on fragment cycles (graphql-js reports them)', () => {
    expect(counts('{ ...A } fragment A on Query { me { id } ...A }')).toEqual(new Map([['me', 1]]));
  });
});
