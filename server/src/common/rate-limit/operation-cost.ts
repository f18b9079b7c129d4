import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** How many times each root field is selected: `{ a: me { id } b: me { id } }` gives `me → 2`. */
export type RootFieldCounts = ReadonlyMap<string, number>;

const add = (a: number, b: number) => Math.min(a + b, Number.MAX_SAFE_INTEGER);

function addAll(into: Map<string, number>, from: RootFieldCounts): void {
  for (const [name, count] of from) into.set(name, add(into.get(name) ?? 0, count));
}

/**
 * Root fields of an operation with their multiplicity: aliases count once each and fragments are
 * expanded. Each fragment's counts are computed once and remembered, so fragments that spread the
 * next one twice cost one visit per AST node (their counts are added, not their selections
 * walked 2ⁿ times). A fragment cycle (reported by graphql-js) counts as empty.
 */
export function rootFieldCounts(document: DocumentNode, operation: OperationDefinitionNode): RootFieldCounts {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const known = new Map<string, RootFieldCounts>();
  const inProgress = new Set<string>();

  const countsOf = (selectionSet: SelectionSetNode): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        counts.set(selection.name.value, add(counts.get(selection.name.value) ?? 0, 1));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        addAll(counts, countsOf(selection.selectionSet));
      } else {
        addAll(counts, fragment(selection.name.value));
      }
    }
    return counts;
  };

  const fragment = (name: string): RootFieldCounts => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const definition = fragments.get(name);
    if (definition === undefined || inProgress.has(name)) return new Map();
    inProgress.add(name);
    const counts = countsOf(definition.selectionSet);
    inProgress.delete(name);
    known.set(name, counts);
    return counts;
  };

  return countsOf(operation.selectionSet);
}

/**
 * The rate-limit cost of an operation: one per root field, so `{a: login(…) b: login(…)}` costs
 * two. Introspection fields are free.
 */
export function operationCost(counts: RootFieldCounts): number {
  let cost = 0;
  for (const [name, count] of counts) if (!name.startsWith('__')) cost = add(cost, count);
  return cost;
}
