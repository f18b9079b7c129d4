import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser, Role } from './roles.js';

export const ACCESS_RULE = 'serenaia:access-rule';

/** Every resolver method and controller route states who may call it; the AccessGuard refuses the rest. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/** Callable by anyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'public' });

/**
 * Callable by a signed-in user holding one of these roles (an ADMIN satisfies STAFF; an ACCOUNTANT only a
 * rule naming ACCOUNTANT).
 */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'roles', roles });

/** The caller resolved by the AccessGuard (undefined on public operations called anonymously). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ user?: AuthUser }>().user;
  }
  return context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});
