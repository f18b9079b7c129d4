import { Module } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '../src/common/auth/access.decorators.js';
import { insertInstitute } from './support/factories.js';
import { gql, subscribe, wsClient } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/app.js';

/** A recursive type, the classic way to build a query of any depth. */
@ObjectType()
class TreeNode {
  @Field()
  name: string;

  @Field(() => TreeNode, { nullable: true })
  child?: TreeNode;
}

const tree = (depth: number): TreeNode => ({
  name: `n${depth}`,
  child: depth > 0 ? tree(depth - 1) : undefined,
});

/** A resolver with a bug (what leaks must depend on NODE_ENV) and a recursive one. */
@Resolver()
class BuggyResolver {
  @Public()
  @Query(() => TreeNode)
  tree(): TreeNode {
    return tree(10);
  }

  @Public()
  @Subscription(() => TreeNode, { resolve: (payload: TreeNode) => payload })
  async *treeUpdates(): AsyncGenerator<TreeNode> {
    yield await Promise.resolve(tree(10));
  }

  @Public()
  @Query(() => String)
  buggy(): string {
    throw new Error('connection to 10.0.0.7 refused (internal detail)');
  }
}

@Module({ providers: [BuggyResolver] })
class BuggyModule {}

describe('GraphQL limits and errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: { GRAPHQL_MAX_DEPTH: '3', RATE_LIMIT_PER_MINUTE: '12', GRAPHQL_MAX_COMPLEXITY: '40' },
      extraModules: [BuggyModule],
    });
    await insertInstitute(t.dataSource);
  });

  afterAll(async () => {
    await t.close();
  });

  it('accepts a query at the depth limit', async () => {
    const res = await gql<{ tree: { child: { name: string } } }>(t.url, '{ tree { child { name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.tree.child.name).toBe('n9');
  });

  it('refuses a query over the depth limit with a clear French message, fragments included', async () => {
    const direct = await gql(t.url, '{ tree { child { child { name } } } }');
    expect(direct.status).toBe(400);
    expect(direct.data).toBeUndefined();
    expect(direct.errors?.[0]).toMatchObject({
      message: 'La requête est trop imbriquée : profondeur 4, maximum autorisé 3.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const hidden = await gql(
      t.url,
      '{ tree { ...A } } fragment A on TreeNode { child { ...B } } fragment B on TreeNode { child { name } }',
    );
    expect(hidden.errors?.[0]?.message).toBe(
      'La requête est trop imbriquée : profondeur 4, maximum autorisé 3.',
    );
  });

  it('masks unexpected errors in production and keeps a stable code', async () => {
    const prod = await startTestApp({
      env: { NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '100' },
      db: t.db,
      extraModules: [BuggyModule],
    });
    try {
      const res = await gql(prod.url, '{ buggy }');
      expect(res.status).toBe(200);
      expect(res.errors?.[0]).toMatchObject({
        message: 'Une erreur interne est survenue. Réessayez dans un instant.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(res)).not.toContain('10.0.0.7');
      // …but the operator sees the cause in the logs.
      expect(prod.logs.some((l) => l.includes('10.0.0.7'))).toBe(true);
      // Introspection and the sandbox are off in production.
      const introspection = await gql(prod.url, '{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const landing = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await landing.text()).not.toMatch(/sandbox|apollo studio/i);
    } finally {
      await prod.close();
    }
  });

  it('shows the cause of unexpected errors outside production (still coded)', async () => {
    const res = await gql(t.url, '{ buggy }');
    expect(res.errors?.[0]).toMatchObject({
      message: 'connection to 10.0.0.7 refused (internal detail)',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('applies the depth limit to subscriptions too', async () => {
    const client = wsClient(t.url);
    try {
      const ok = subscribe<{ treeUpdates: { child: { name: string } } }>(
        client,
        'subscription { treeUpdates { child { name } } }',
      );
      await expect(ok.next()).resolves.toEqual({ treeUpdates: { child: { name: 'n9' } } });
      const tooDeep = subscribe(client, 'subscription { treeUpdates { child { child { name } } } }');
      await expect(tooDeep.next()).rejects.toEqual([
        expect.objectContaining({
          message: 'La requête est trop imbriquée : profondeur 4, maximum autorisé 3.',
        }),
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('counts each aliased root field against the rate limit', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' }, db: t.db });
    try {
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `f${i}: settings { institute { name } }`).join(' ')} }`;
      const first = await gql(limited.url, aliases(4));
      expect(first.errors).toBeUndefined();
      const second = await gql(limited.url, aliases(2)); // 6 > 5
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
      expect(second.errors?.[0]?.message).toMatch(/^Trop de requêtes\. Réessayez dans \d+ secondes\.$/);
    } finally {
      await limited.close();
    }
  });

  it('answers malformed documents and wrong variables with 400 and a client code, never a 500', async () => {
    const syntax = await gql(t.url, '{ settings { ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await gql(t.url, '{ nope }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await gql(
      t.url,
      'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }',
      {
        input: { email: 42 },
      },
    );
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
