import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** What a selection set expands to once every fragment spread is replaced by its fragment. */
export interface SelectionShape {
  /** Nesting of ordinary fields (`{ me { id } }` is 2); introspection fields are left out. */
  depth: number;
  /** Nesting of every field, introspection (`__schema`, `__type`, `__typename`) included. */
  fullDepth: number;
  /** Fields, fragment spreads and inline fragments after expansion (capped at MAX_SAFE_INTEGER). */
  selections: number;
}

export interface DocumentLimits {
  maxDepth: number;
  /** Ceiling of `fullDepth`: high enough for the standard introspection query (depth 15). */
  maxIntrospectionDepth: number;
  maxSelections: number;
}

const EMPTY: SelectionShape = { depth: 0, fullDepth: 0, selections: 0 };

const add = (a: number, b: number) => Math.min(a + b, Number.MAX_SAFE_INTEGER);

/**
 * Shapes of the selection sets of one document. Each fragment is measured once and remembered, so
 * a fragment spread twice by a fragment spread twice… costs one visit per AST node, never 2ⁿ
 * expansions. A fragment cycle (reported by graphql-js's own rules) counts as empty.
 */
export class DocumentShapes {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly known = new Map<string, SelectionShape>();
  private readonly inProgress = new Set<string>();

  constructor(document: DocumentNode) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(selectionSet: SelectionSetNode): SelectionShape {
    let depth = 0;
    let fullDepth = 0;
    let selections = 0;
    for (const selection of selectionSet.selections) {
      let inner: SelectionShape;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? this.of(selection.selectionSet) : EMPTY;
        // Introspection fields do not count against the ordinary depth: they have their own ceiling.
        const introspection = selection.name.value.startsWith('__');
        inner = {
          depth: introspection ? 0 : 1 + child.depth,
          fullDepth: 1 + child.fullDepth,
          selections: child.selections,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.of(selection.selectionSet);
      } else {
        inner = this.fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      fullDepth = Math.max(fullDepth, inner.fullDepth);
      selections = add(selections, add(1, inner.selections));
    }
    return { depth, fullDepth, selections };
  }

  private fragment(name: string): SelectionShape {
    const known = this.known.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (fragment === undefined || this.inProgress.has(name)) return EMPTY;
    this.inProgress.add(name);
    const shape = this.of(fragment.selectionSet);
    this.inProgress.delete(name);
    this.known.set(name, shape);
    return shape;
  }
}

/**
 * Validation rule refusing operations nested deeper than `maxDepth` (introspection deeper than
 * `maxIntrospectionDepth`), or larger than `maxSelections` once fragments are expanded. It runs
 * before any other walk of ours over the document (complexity, rate-limit cost, execution).
 */
export function documentLimitsRule(limits: DocumentLimits) {
  // A `__typename` leaf adds one level to an ordinary operation: never refuse that as introspection.
  const maxFullDepth = Math.max(limits.maxIntrospectionDepth, limits.maxDepth + 1);
  return (context: ValidationContext): ASTVisitor => {
    const shapes = new DocumentShapes(context.getDocument());
    const refuse = (node: OperationDefinitionNode, message: string, extra: Record<string, number>) =>
      context.reportError(
        new GraphQLError(message, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', ...extra } }),
      );
    return {
      OperationDefinition(node) {
        const { depth, fullDepth, selections } = shapes.of(node.selectionSet);
        if (selections > limits.maxSelections) {
          refuse(
            node,
            `La requête est trop volumineuse : ${selections} sélections une fois les fragments développés, maximum autorisé ${limits.maxSelections}.`,
            { selections, maxSelections: limits.maxSelections },
          );
        }
        if (depth > limits.maxDepth) {
          refuse(
            node,
            `La requête est trop imbriquée : profondeur ${depth}, maximum autorisé ${limits.maxDepth}.`,
            { depth, maxDepth: limits.maxDepth },
          );
        } else if (fullDepth > maxFullDepth) {
          refuse(
            node,
            `La requête d’introspection est trop imbriquée : profondeur ${fullDepth}, maximum autorisé ${maxFullDepth}.`,
            { depth: fullDepth, maxDepth: maxFullDepth },
          );
        }
      },
    };
  };
}
