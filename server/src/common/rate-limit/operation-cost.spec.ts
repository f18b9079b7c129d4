import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationCost, rootFieldNames } from './operation-cost.js';

const cost = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return { cost: operationCost(document, operation), names: rootFieldNames(document, operation) };
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
    expect(cost(query).cost).toBe(expected);
  });

  it('lists root field names through fragments', () => {
    expect(cost('{ x: me { id } ...F } fragment F on Query { settings { __typename } }').names).toEqual([
      'me',
      'settings',
    ]);
  });
});
