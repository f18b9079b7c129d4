import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Type } from '@nestjs/common';
import { ACCESS_RULE, type AccessRule } from '../common/auth/access.decorators.js';
import { OPERATION_CONDITION, type OperationCondition } from '../common/auth/operation-condition.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ruleAllows } from '../common/auth/rule-allows.js';
import { rootOperations, type RootOperation } from '../graphql/resolver-inventory.js';

/**
 * What each user may run, read from the same @Public()/@Roles() metadata and decided by the same
 * `ruleAllows` as the AccessGuard, then by the operation's further condition where a module declares one
 * (`@ConditionOf`): the CRM shows what the server would let through, nothing kept twice.
 */
@Injectable()
export class PermissionsService {
  private operations?: { name: string; rule: AccessRule | undefined }[];
  private conditions?: Map<string, OperationCondition>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** Names of the root operations (queries, mutations, subscriptions) `user` may run, sorted. */
  async operationsFor(user: AuthUser): Promise<string[]> {
    const byRole = new Set(
      this.rootOperations()
        .filter((op) => ruleAllows(op.rule, user.role))
        .map((op) => op.name),
    );
    for (const [operation, condition] of this.operationConditions()) {
      if (byRole.has(operation) && !(await condition.allows(user))) byRole.delete(operation);
    }
    return [...byRole].sort();
  }

  private operationConditions(): Map<string, OperationCondition> {
    this.conditions ??= new Map(
      this.discovery.getProviders().flatMap((wrapper) => {
        if (typeof wrapper.metatype !== 'function' || wrapper.isAlias || !wrapper.instance) return [];
        const operation = this.reflector.get<string | undefined>(OPERATION_CONDITION, wrapper.metatype);
        return operation ? [[operation, wrapper.instance as OperationCondition] as const] : [];
      }),
    );
    return this.conditions;
  }

  private rootOperations(): { name: string; rule: AccessRule | undefined }[] {
    this.operations ??= this.discovery
      .getProviders()
      .flatMap((wrapper) =>
        typeof wrapper.metatype === 'function' && !wrapper.isAlias
          ? rootOperations(wrapper.metatype as Type<unknown>)
          : [],
      )
      .map((op: RootOperation) => ({
        name: op.name,
        // As the guard reads it: the method's rule, else its class's.
        rule: this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          op.handler as () => unknown,
          op.resolver,
        ]),
      }));
    return this.operations;
  }
}
