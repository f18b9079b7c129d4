import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Type } from '@nestjs/common';
import { ACCESS_RULE, type AccessRule } from '../common/auth/access.decorators.js';
import type { Role } from '../common/auth/roles.js';
import { ruleAllows } from '../common/auth/rule-allows.js';
import { rootOperations, type RootOperation } from '../graphql/resolver-inventory.js';

/**
 * What each role may run, read from the same @Public()/@Roles() metadata and decided by the same
 * `ruleAllows` as the AccessGuard: the CRM shows what the server would let through, nothing kept twice.
 */
@Injectable()
export class PermissionsService {
  private operations?: { name: string; rule: AccessRule | undefined }[];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** Names of the root operations (queries, mutations, subscriptions) `role` may run, sorted. */
  operationsFor(role: Role): string[] {
    const names = this.rootOperations()
      .filter((op) => ruleAllows(op.rule, role))
      .map((op) => op.name);
    return [...new Set(names)].sort();
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
