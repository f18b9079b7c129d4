import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Names of the root fields an operation selects: aliases count once each, fragments are expanded. */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names: string[] = [];
  const walk = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment !== undefined && !seen.has(fragment.name.value)) {
          walk(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return names;
}

/**
 * The rate-limit cost of an operation: one per root field, so `{a: login(…) b: login(…)}` costs
 * two. Introspection fields are free.
 */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode): number {
  return rootFieldNames(document, operation).filter((name) => !name.startsWith('__')).length;
}
