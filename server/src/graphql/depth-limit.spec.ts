import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit.js';

const schema = buildSchema(`
  type Node { name: String, child: Node, children: [Node] }
  type Query { node: Node, version: String }
`);

const errorsFor = (query: string, max: number) =>
  validate(schema, parse(query), [depthLimitRule(max)]).map((e) => e.message);

describe('depthLimitRule', () => {
  it.each([
    ['{ version }', 1],
    ['{ node { name } }', 2],
    ['{ node { child { child { name } } } }', 4],
    ['{ node { ...F } } fragment F on Node { child { name } }', 3],
    ['{ node { ... on Node { child { name } } } }', 3],
    ['{ a: node { name } b: node { child { name } } }', 3],
  ])('%s has depth %i', (query, depth) => {
    expect(errorsFor(query, depth)).toEqual([]);
    expect(errorsFor(query, depth - 1)).toEqual([
      `La requête est trop imbriquée : profondeur ${depth}, maximum autorisé ${depth - 1}.`,
    ]);
  });

  it('ignores introspection fields', () => {
    expect(errorsFor('{ __schema { types { fields { type { ofType { name } } } } } }', 1)).toEqual([]);
  });

  it('does not loop on fragment cycles (graphql-js reports them)', () => {
    const document = parse('{ node { ...A } } fragment A on Node { child { ...A } }');
    expect(() => validate(schema, document, [depthLimitRule(5)])).not.toThrow();
  });
});
