/**
 * Walks a GraphQL schema (the committed `schema.graphql`) and lists every root Query and Mutation
 * field with the input positions a client can fill: each argument and, recursively, each field of
 * its input objects and the first item of its lists. Pure: no server, no database.
 */
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export type OperationKind = 'query' | 'mutation';

/** What a position holds once non-null and list wrappers are peeled off. */
export type TargetKind =
  'string' | 'id' | 'int' | 'float' | 'boolean' | 'enum' | 'scalar' | 'object' | 'list';

export type Path = (string | number)[];

export interface Target {
  /** From the argument name down, `0` for a list's first item: `['input', 'rules', 0, 'weekday']`. */
  path: Path;
  kind: TargetKind;
  /** The named type (`DateTime`, `CreateBookingInput`, `BookingStatus`…). */
  typeName: string;
  /** Non-null in the schema. */
  required: boolean;
  /** Has a default value (an absent or null value is then not the same thing). */
  hasDefault: boolean;
  enumValues?: string[];
}

export interface Operation {
  kind: OperationKind;
  name: string;
  /** Arguments with their declared types, for the document's variable definitions. */
  args: { name: string; type: string }[];
  /** Whether the field returns an object (and so needs a selection set). */
  returnsObject: boolean;
  targets: Target[];
}

const BUILT_IN: Record<string, TargetKind> = {
  String: 'string',
  ID: 'id',
  Int: 'int',
  Float: 'float',
  Boolean: 'boolean',
};

function kindOf(type: GraphQLInputType): TargetKind {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  if (inner instanceof GraphQLList) return 'list';
  if (inner instanceof GraphQLInputObjectType) return 'object';
  if (inner instanceof GraphQLEnumType) return 'enum';
  if (inner instanceof GraphQLScalarType) return BUILT_IN[inner.name] ?? 'scalar';
  return 'scalar';
}

/** Input positions below (and including) one typed position, depth-first. */
export function targetsOf(
  type: GraphQLInputType,
  path: Path,
  hasDefault: boolean,
  seen: ReadonlySet<string> = new Set(),
): Target[] {
  const required = type instanceof GraphQLNonNull;
  const inner = required ? type.ofType : type;
  const named = getNamedType(type);
  const here: Target = { path, kind: kindOf(type), typeName: named.name, required, hasDefault };
  if (named instanceof GraphQLEnumType) here.enumValues = named.getValues().map((v) => v.name);
  if (inner instanceof GraphQLList) {
    return [here, ...targetsOf(inner.ofType, [...path, 0], false, seen)];
  }
  if (inner instanceof GraphQLInputObjectType) {
    // A recursive input type would never end: each type is expanded once per path.
    if (seen.has(inner.name)) return [here];
    const below = new Set([...seen, inner.name]);
    const fields = Object.values(inner.getFields()).sort((a, b) => a.name.localeCompare(b.name));
    return [
      here,
      ...fields.flatMap((f) => targetsOf(f.type, [...path, f.name], f.defaultValue !== undefined, below)),
    ];
  }
  return [here];
}

function operationOf(kind: OperationKind, field: GraphQLField<unknown, unknown>): Operation {
  const args = [...field.args].sort((a, b) => a.name.localeCompare(b.name));
  return {
    kind,
    name: field.name,
    args: args.map((a: GraphQLArgument) => ({ name: a.name, type: a.type.toString() })),
    returnsObject: !isLeafType(getNamedType(field.type)),
    targets: args.flatMap((a) => targetsOf(a.type, [a.name], a.defaultValue !== undefined)),
  };
}

/**
 * Every root Query and Mutation field, sorted by kind then name. Subscriptions are left out: they
 * run over WebSocket, and their arguments pass through the same scalars and pipes as these.
 */
export function listOperations(schema: GraphQLSchema): Operation[] {
  const roots: [OperationKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, type]) =>
    type
      ? Object.values(type.getFields())
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((f) => operationOf(kind, f))
      : [],
  );
}

/** The document for one operation, its arguments as variables: `mutation F($input: X!) { f(input: $input) { __typename } }`. */
export function documentFor(op: Operation): string {
  const defs = op.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const uses = op.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const head = defs === '' ? op.kind : `${op.kind} Fuzz(${defs})`;
  const call = uses === '' ? op.name : `${op.name}(${uses})`;
  return `${head} { ${call}${op.returnsObject ? ' { __typename }' : ''} }`;
}

/** `['input', 'rules', 0, 'weekday']` → `input.rules[0].weekday`, the form `extensions.fields` uses. */
export function pathText(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`),
    '',
  );
}

/** A path with every list index as 0, to find its target: `rules[3].weekday` → `rules[0].weekday`. */
const targetKey = (path: Path) => pathText(path.map((p) => (typeof p === 'number' ? 0 : p)));

/** A JSON value written as a GraphQL literal; strings at enum positions become enum values when they can. */
export function literal(value: unknown, enumPaths: ReadonlySet<string>, path: Path = []): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v, i) => literal(v, enumPaths, [...path, i])).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${fields.map(([k, v]) => `${k}: ${literal(v, enumPaths, [...path, k])}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    const name = /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !['true', 'false', 'null'].includes(value);
    return name && enumPaths.has(targetKey(path)) ? value : JSON.stringify(value);
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'null';
}

/** The operation with its arguments written inline (graphql-js checks literals while validating). */
export function inlineDocumentFor(op: Operation, variables: Record<string, unknown>): string {
  const enums = new Set(op.targets.filter((t) => t.kind === 'enum').map((t) => targetKey(t.path)));
  const args = op.args
    .filter((a) => variables[a.name] !== undefined)
    .map((a) => `${a.name}: ${literal(variables[a.name], enums, [a.name])}`);
  const call = args.length === 0 ? op.name : `${op.name}(${args.join(', ')})`;
  return `${op.kind} { ${call}${op.returnsObject ? ' { __typename }' : ''} }`;
}
