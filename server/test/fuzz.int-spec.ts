/**
 * Generated fuzz suite (issue 9): walks the committed schema.graphql and sends, for every Query and
 * Mutation argument position, bad values of each class (control characters, explicit nulls, blank and
 * huge text, impossible and out-of-range dates, bad numbers and enums, wrong types, huge lists) as
 * anonymous, CLIENT, ACCOUNTANT, STAFF and ADMIN, plus hostile documents. It fails on any HTTP 5xx, any
 * INTERNAL_SERVER_ERROR, any English message, any BAD_USER_INPUT that names no field, and any write
 * despite an error. A new operation is covered by the walk without editing this file.
 *
 * Subscriptions are not fuzzed: they run over WebSocket, take only ids and dates that go through the
 * same scalars and pipes as queries, and their limits are tested in graphql-limits.int-spec.ts.
 *
 * FUZZ_RUNS (default 1) values are drawn per operation × position × class × role from FUZZ_SEED
 * (default 20270615). The report goes to .data/fuzz-report.txt.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { DOMAIN_MODULES } from '../src/app.module.js';
import { startTestApp, type TestApp } from './support/app.js';
import { gqlOk } from '@serenaia/test-support';
import { attacks } from './support/fuzz/attacks.js';
import { baselineFor, type Fixture } from './support/fuzz/baseline.js';
import { generateCases, type RoleName } from './support/fuzz/cases.js';
import { seedFixture } from './support/fuzz/fixture.js';
import { changedTables, fingerprintQuery, takeFingerprint } from './support/fuzz/database-fingerprint.js';
import { dedupe, errorCodes, formatFindings } from './support/fuzz/findings.js';
import { formatReport } from './support/fuzz/report.js';
import { accessRules, FuzzRunner, rolesFrom } from './support/fuzz/runner.js';
import { listOperations } from './support/fuzz/schema-walk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_FILE = path.resolve(here, '../../schema.graphql');
const REPORT_FILE = path.resolve(here, '../../.data/fuzz-report.txt');
const SEED = Number(process.env.FUZZ_SEED ?? 20270615);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

const normalised = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

describe('generated fuzz over every Query and Mutation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let fixture: Fixture;
  let tokens: Record<RoleName, string | undefined>;
  let runner: FuzzRunner;
  const started = Date.now();
  const reports: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        // No background job may write while the suite compares the database around a request.
        RUN_WORKER: '0',
        RATE_LIMIT_PER_MINUTE: '1000000',
        LOGIN_MAX_PER_IP_PER_MINUTE: '10000',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
        // Provider settings the fuzz may store must never reach the Internet.
        STRIPE_API_URL: 'http://127.0.0.1:9',
        PAYPAL_API_URL: 'http://127.0.0.1:9',
      },
    });
    schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
    ({ fixture, tokens } = await seedFixture(t.url, t.dataSource));
    runner = await FuzzRunner.create(t.url, t.dataSource, tokens);
  });

  afterAll(async () => {
    await mkdir(path.dirname(REPORT_FILE), { recursive: true });
    await writeFile(REPORT_FILE, reports.join('\n\n'));
    await t.close();
  });

  it('walks the schema the running server exposes (schema.graphql is not stale)', async () => {
    const introspection = await gqlOk<IntrospectionQuery>(t.url, getIntrospectionQuery(), {}, tokens.ADMIN);
    expect(normalised(buildClientSchema(introspection))).toBe(normalised(schema));
  });

  it('sees a write in the database fingerprint', async () => {
    const query = await fingerprintQuery(t.dataSource);
    const before = await takeFingerprint(t.dataSource, query);
    await t.dataSource.query("UPDATE cabin_type SET name = name || ' ' WHERE id = $1", [fixture.cabinTypeId]);
    const after = await takeFingerprint(t.dataSource, query);
    await t.dataSource.query('UPDATE cabin_type SET name = rtrim(name) WHERE id = $1', [fixture.cabinTypeId]);
    expect(changedTables(before, after)).toEqual(['cabin_type']);
  });

  it('answers every bad value of every operation and role without a 5xx, an internal error, English or a write', async () => {
    const ops = listOperations(schema);
    const rules = accessRules(DOMAIN_MODULES);
    const baselines = new Map(ops.map((op) => [op.name, baselineFor(schema, op.kind, op.name, fixture)]));
    const cases = generateCases(ops, {
      seed: SEED,
      runs: RUNS,
      baselines,
      rolesFor: (op) => rolesFrom(rules.get(op.name)),
    });
    expect(ops.length).toBeGreaterThan(50);
    expect(cases.length).toBeGreaterThan(1000);
    for (const c of cases) await runner.run(c);
    for (const op of ops) {
      const role = rolesFrom(rules.get(op.name)).allowed[0];
      if (role !== undefined) await runner.runBaseline(op, baselines.get(op.name) ?? {}, role);
    }
    const findings = dedupe(runner.findings);
    reports.push(
      formatReport({
        seed: SEED,
        runs: RUNS,
        operations: ops.length,
        positions: ops.reduce((n, op) => n + op.targets.length, 0),
        cases: cases.length,
        stats: runner.stats,
        seconds: (Date.now() - started) / 1000,
      }),
      `Findings (${findings.length}):\n${formatFindings(findings) || '- none'}`,
    );
    expect(formatFindings(findings)).toBe('');
    // A ceiling against a hung run, not a timing assertion: thousands of requests from five roles take
    // 1–2 minutes on a quiet 2-core machine, more on a loaded one (the suite's default is 120 s).
  }, 900_000);

  it('refuses hostile documents and bodies with a GraphQL error in French', async () => {
    const problems: string[] = [];
    const from = fixture.freeStarts[0];
    const to = new Date(Date.parse(from) + 31 * 86_400_000).toISOString();
    for (const attack of attacks({ serviceId: fixture.serviceId, from, to })) {
      const before = runner.findings.length;
      const exchange = await runner.exchange(`attack: ${attack.name}`, attack.body, 'anonymous', attack.name);
      const codes = errorCodes(exchange.body);
      if (!codes.some((code) => attack.refusedWith.includes(code))) {
        problems.push(
          `- [not-refused] ${attack.name}: HTTP ${exchange.status}, codes ${codes.join(',') || 'none'}`,
        );
      }
      // A refusal of the whole document (too many expensive fields, too complex) has no input field
      // to name: BAD_USER_INPUT without `fields` is right there.
      const found = runner.findings.slice(before).filter((f) => f.kind !== 'bad-input-without-field');
      problems.push(...formatFindings(dedupe(found)).split('\n').filter(Boolean));
    }
    reports.push(`Attacks: ${problems.length === 0 ? 'all refused' : `\n${problems.join('\n')}`}`);
    expect(problems.join('\n')).toBe('');
  });
});
