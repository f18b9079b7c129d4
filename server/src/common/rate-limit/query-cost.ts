import { Extensions } from '@nestjs/graphql';
import type { GraphQLField } from 'graphql';

/** What a field's complexity function may know besides its arguments (passed to getComplexity). */
export interface CostContext {
  /** Practitioners a search without a chosen practitioner spans. */
  activePractitioners: number;
}

/** graphql-query-complexity's estimator arguments, as far as our complexity functions use them. */
export interface CostArgs {
  args: Record<string, unknown>;
  childComplexity: number;
  context?: CostContext;
}

const EXPENSIVE = 'expensive';

/**
 * Marks a root field whose resolution is expensive (e.g. a slot search): a document may hold only
 * GRAPHQL_MAX_EXPENSIVE_FIELDS of them, aliases included. Give it a real `complexity` too.
 */
export const Expensive = (): MethodDecorator => Extensions({ [EXPENSIVE]: true });

export function isExpensive(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field?.extensions[EXPENSIVE] === true;
}
