/**
 * Finds resolver classes and their root operations by walking Nest module metadata, without
 * starting the application: used to emit schema.graphql and to check that every operation carries
 * an access rule.
 */
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference | undefined;

export interface RootOperation {
  resolver: Type<unknown>;
  method: string;
  /** Query | Mutation | Subscription */
  kind: string;
  /** The field name in the schema. */
  name: string;
}

function providersOf(moduleRef: ModuleRef, seen: Set<unknown>): unknown[] {
  if (
    moduleRef === undefined ||
    moduleRef instanceof Promise ||
    'forwardRef' in moduleRef ||
    seen.has(moduleRef)
  ) {
    return [];
  }
  seen.add(moduleRef);
  const isDynamic = typeof moduleRef === 'object' && 'module' in moduleRef;
  const cls = isDynamic ? moduleRef.module : moduleRef;
  const providers: unknown[] = [
    ...((Reflect.getMetadata('providers', cls) as unknown[] | undefined) ?? []),
    ...(isDynamic ? (moduleRef.providers ?? []) : []),
  ];
  const imports: ModuleRef[] = [
    ...((Reflect.getMetadata('imports', cls) as ModuleRef[] | undefined) ?? []),
    ...(isDynamic ? ((moduleRef.imports ?? []) as ModuleRef[]) : []),
  ];
  return [...providers, ...imports.flatMap((m) => providersOf(m, seen))];
}

export function rootOperations(resolver: Type<unknown>): RootOperation[] {
  const operations: RootOperation[] = [];
  const proto = resolver.prototype as Record<string, unknown>;
  for (const method of Object.getOwnPropertyNames(proto)) {
    if (method === 'constructor' || typeof proto[method] !== 'function') continue;
    const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, proto[method]) as string | undefined;
    if (kind === 'Query' || kind === 'Mutation' || kind === 'Subscription') {
      const name =
        (Reflect.getMetadata(RESOLVER_NAME_METADATA, proto[method]) as string | undefined) ?? method;
      operations.push({ resolver, method, kind, name });
    }
  }
  return operations;
}

/** Resolver classes (those with at least one Query, Mutation, Subscription or field resolver). */
export function findResolvers(modules: ModuleRef[]): Type<unknown>[] {
  const seen = new Set<unknown>();
  const classes = new Set<Type<unknown>>();
  for (const provider of modules.flatMap((m) => providersOf(m, seen))) {
    if (typeof provider !== 'function') continue;
    const proto = (provider as Type<unknown>).prototype as Record<string, unknown>;
    const isResolver = Object.getOwnPropertyNames(proto).some(
      (m) =>
        m !== 'constructor' &&
        typeof proto[m] === 'function' &&
        Reflect.hasMetadata(RESOLVER_TYPE_METADATA, proto[m]),
    );
    if (isResolver) classes.add(provider as Type<unknown>);
  }
  return [...classes];
}
