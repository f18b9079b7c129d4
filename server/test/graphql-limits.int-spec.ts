import { Module } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import { randomUUID } from 'node:crypto';
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

/** `query { ...F0 }` where each fragment spreads the next one twice: 2ⁿ selections once expanded. */
function doublingFragments(n: number): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query { ...F0 } ${fragments.join(' ')} fragment F${n} on Query { settings { __typename } }`;
}

/** `{ __schema { types { ofType { ofType … } } } }` nested `depth` deep. */
const introspectionOfDepth = (depth: number) =>
  `{ __schema { types { ${'ofType { '.repeat(depth - 3)}name${' }'.repeat(depth - 3)} } } }`;

/** Log lines written from `from` on, parsed. */
const linesFrom = (logs: string[], from: number) =>
  logs.slice(from).map((line) => JSON.parse(line) as Record<string, unknown> & { level: string });

describe('GraphQL limits and errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: { GRAPHQL_MAX_DEPTH: '3', RATE_LIMIT_PER_MINUTE: '12', GRAPHQL_MAX_COMPLEXITY: '300' },
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

  it('answers what the HTTP layer refuses (too large, not JSON, wrong type, no route) in French, coded (finding 7)', async () => {
    const post = async (path: string, body: string, contentType = 'application/json') => {
      const res = await fetch(`${t.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const cases: [string, string, string, number, string, RegExp][] = [
      [
        '/graphql',
        JSON.stringify({ query: `{ settings { __typename } } #${'x'.repeat(1_100_000)}` }),
        'application/json',
        413,
        'PAYLOAD_TOO_LARGE',
        /^La requête est trop volumineuse/,
      ],
      [
        '/graphql',
        '{"query": "{ settings',
        'application/json',
        400,
        'BAD_REQUEST',
        /^Le corps de la requête n’est pas un JSON valide/,
      ],
      ['/graphql', '', 'application/json', 400, 'BAD_REQUEST', /^Le corps de la requête est vide/],
      [
        '/graphql',
        'query=x',
        'text/csv',
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        /^Type de contenu non pris en charge/,
      ],
    ];
    for (const [path, body, type, status, code, message] of cases) {
      const res = await post(path, body, type);
      expect([res.status, res.body]).toEqual([
        status,
        { errors: [{ message: expect.stringMatching(message) as string, extensions: { code } }] },
      ]);
    }
    const webhook = await post('/webhooks/stripe', '{"id": ', 'application/json');
    expect([webhook.status, webhook.body]).toEqual([
      400,
      {
        statusCode: 400,
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/^Le corps de la requête n’est pas un JSON valide/) as string,
      },
    ]);
    const nowhere = await post('/nulle-part', '{}');
    expect([nowhere.status, nowhere.body]).toEqual([
      404,
      { statusCode: 404, code: 'NOT_FOUND', message: 'Aucune ressource à cette adresse.' },
    ]);
  });

  it('refuses fragment bombs before expanding them, in production too (finding 12)', async () => {
    const prod = await startTestApp({
      env: { NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '100' },
      db: t.db,
    });
    try {
      // 22: the 920-byte document of the issue (23 s of event loop before); 60 would take years.
      for (const n of [22, 60]) {
        const res = await gql(prod.url, doublingFragments(n));
        expect(res.status).toBe(400);
        expect(res.errors).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(
              /^La requête est trop volumineuse : \d+ sélections une fois les fragments développés, maximum autorisé 5000\.$/,
            ),
            extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
          }),
        ]);
      }
      expect((await fetch(`${prod.url}/health`)).status).toBe(200);
    } finally {
      await prod.close();
    }
  });

  it('stops parsing a document of more than 10,000 tokens, over HTTP and WebSocket', async () => {
    const huge = `{ ${'__typename '.repeat(10_000)}}`; // 10,002 tokens, 110 kB
    const res = await gql(t.url, huge);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toBe('La requête est trop volumineuse : plus de 10000 éléments.');
    const client = wsClient(t.url);
    try {
      const sub = subscribe(client, `subscription { treeUpdates { name } ${'__typename '.repeat(10_000)}}`);
      await expect(sub.next()).rejects.toEqual([
        expect.objectContaining({ message: 'La requête est trop volumineuse : plus de 10000 éléments.' }),
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('applies a depth ceiling to introspection that the standard introspection query fits (finding 8)', async () => {
    const standard = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const ok = await gql<{ __schema: { queryType: { name: string } } }>(t.url, standard);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.__schema.queryType.name).toBe('Query');
    const deep = await gql(t.url, introspectionOfDepth(50));
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.message).toBe(
      'La requête d’introspection est trop imbriquée : profondeur 50, maximum autorisé 15.',
    );
  });

  it('logs client errors at info without a stack, and an unexpected error once at error (finding 8)', async () => {
    // Nest's loggers write to the app created last: start one for this test.
    const app = await startTestApp({ db: t.db, extraModules: [BuggyModule] });
    try {
      const from = app.logs.length;
      const badWindow = await gql(
        app.url,
        `{ availableSlots(input: {serviceIds: ["${randomUUID()}"], from: "2031-01-01T00:00:00Z", to: "2031-03-12T00:00:00Z"}) { start } }`,
      );
      expect(badWindow.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const unknownService = await gql(
        app.url,
        `{ availableSlots(input: {serviceIds: ["${randomUUID()}"], from: "2031-01-01T00:00:00Z", to: "2031-01-02T00:00:00Z"}) { start } }`,
      );
      expect(unknownService.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unauthenticated = await gql(app.url, '{ me { id } }');
      expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const clientLines = linesFrom(app.logs, from);
      expect(clientLines.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
      expect(JSON.stringify(clientLines)).not.toMatch(/stack| {4}at /);
      expect(clientLines.filter((l) => l.msg === 'GraphQL client error')).toEqual([
        expect.objectContaining({
          level: 'info',
          code: 'BAD_USER_INPUT',
          path: ['availableSlots'],
          fields: ['input.to'],
        }),
        expect.objectContaining({ level: 'info', code: 'NOT_FOUND', path: ['availableSlots'] }),
        expect.objectContaining({ level: 'info', code: 'UNAUTHENTICATED', path: ['me'] }),
      ]);

      const before = app.logs.length;
      await gql(app.url, '{ buggy }');
      const errors = linesFrom(app.logs, before).filter((l) => l.level === 'error');
      expect(errors).toHaveLength(1);
      expect(JSON.stringify(errors[0])).toContain('10.0.0.7');
      expect(JSON.stringify(errors[0])).toContain('stack');
    } finally {
      await app.close();
    }
  });
});
