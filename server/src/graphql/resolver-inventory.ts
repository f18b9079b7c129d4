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
  /** The method itself (where its access rule is stored). */
  handler: object;
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

/**
 * The methods a class declares on its prototype, read through property descriptors: an accessor is
 * skipped without being invoked (a getter may need `this`, which a prototype does not have).
 */
function ownMethods(cls: Type<unknown>): [string, object][] {
  // Arrow functions (factory providers) have no prototype.
  const proto = cls.prototype as object | undefined;
  if (proto === undefined || proto === null) return [];
  return Object.entries(Object.getOwnPropertyDescriptors(proto)).flatMap(([name, descriptor]) =>
    name !== 'constructor' && typeof descriptor.value === 'function'
      ? [[name, descriptor.value as object] as [string, object]]
      : [],
  );
}

export function rootOperations(resolver: Type<unknown>): RootOperation[] {
  const operations: RootOperation[] = [];
  for (const [method, handler] of ownMethods(resolver)) {
    const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
    if (kind === 'Query' || kind === 'Mutation' || kind === 'Subscription') {
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      operations.push({ resolver, method, kind, name, handler });
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
    const isResolver = ownMethods(provider as Type<unknown>).some(([, handler]) =>
      Reflect.hasMetadata(RESOLVER_TYPE_METADATA, handler),
    );
    if (isResolver) classes.add(provider as Type<unknown>);
  }
  return [...classes];
}
