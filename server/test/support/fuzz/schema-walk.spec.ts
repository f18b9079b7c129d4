import { buildSchema } from 'graphql';
import { documentFor, listOperations, pathText } from './schema-walk.js';

const schema = buildSchema(`
  enum Kind { A B }
  scalar DateTime
  input Item { at: DateTime!, kind: Kind }
  input Create { name: String!, note: String, items: [Item!]!, self: Create }
  type Thing { id: ID! }
  type Query { thing(id: ID!): Thing!, things(limit: Int! = 10, kinds: [Kind!]): [Thing!]!, ping: Boolean! }
  type Mutation { create(input: Create!): Thing! }
  type Subscription { changed: Thing! }
`);

describe('listOperations', () => {
  const ops = listOperations(schema);

  it('lists every query then every mutation, sorted, and leaves subscriptions out', () => {
    expect(ops.map((op) => `${op.kind}:${op.name}`)).toEqual([
      'query:ping',
      'query:thing',
      'query:things',
      'mutation:create',
    ]);
  });

  it('unwraps non-null, lists and input objects down to each position, enums with their values', () => {
    const create = ops.find((op) => op.name === 'create');
    expect(create?.targets.map((t) => [pathText(t.path), t.kind, t.typeName, t.required])).toEqual([
      ['input', 'object', 'Create', true],
      ['input.items', 'list', 'Item', true],
      ['input.items[0]', 'object', 'Item', true],
      ['input.items[0].at', 'scalar', 'DateTime', true],
      ['input.items[0].kind', 'enum', 'Kind', false],
      ['input.name', 'string', 'String', true],
      ['input.note', 'string', 'String', false],
      // A recursive input type is expanded once per path.
      ['input.self', 'object', 'Create', false],
    ]);
    expect(create?.targets.find((t) => t.kind === 'enum')?.enumValues).toEqual(['A', 'B']);
  });

  it('marks arguments with a default value', () => {
    const things = ops.find((op) => op.name === 'things');
    expect(things?.targets.find((t) => pathText(t.path) === 'limit')).toMatchObject({
      kind: 'int',
      hasDefault: true,
    });
  });

  it('writes a document taking every argument as a variable, with a selection only for objects', () => {
    const byName = (name: string) => ops.find((op) => op.name === name)!;
    expect(documentFor(byName('create'))).toBe(
      'mutation Fuzz($input: Create!) { create(input: $input) { __typename } }',
    );
    expect(documentFor(byName('things'))).toBe(
      'query Fuzz($kinds: [Kind!], $limit: Int!) { things(kinds: $kinds, limit: $limit) { __typename } }',
    );
    expect(documentFor(byName('ping'))).toBe('query { ping }');
  });
});
