import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Depth of a selection set: `{ me { id } }` is 2. Fragments are expanded (a fragment cycle is
 * reported by graphql-js's own rules, here it just stops), introspection fields are ignored.
 */
export function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited: ReadonlySet<string> = new Set(),
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visited) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, visited);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment === undefined || visited.has(name)) continue;
      depth = selectionDepth(fragment.selectionSet, fragments, new Set([...visited, name]));
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Validation rule refusing operations nested deeper than `maxDepth`. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, fragments);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `La requête est trop imbriquée : profondeur ${depth}, maximum autorisé ${maxDepth}.`,
              { nodes: [node], extensions: { code: 'BAD_USER_INPUT', depth, maxDepth } },
            ),
          );
        }
      },
    };
  };
}
