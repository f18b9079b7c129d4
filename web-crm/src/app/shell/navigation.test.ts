import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { SETTINGS_PAGES } from '../../features/settings-hub';
import { landingFor, NAVIGATION } from './navigation';

/** The root operations of the committed schema (the one codegen reads). */
function schemaOperations(): Set<string> {
  const schema = buildSchema(readFileSync(path.join(process.cwd(), 'schema.graphql'), 'utf8'));
  return new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()) : [],
    ),
  );
}

describe('navigation', () => {
  it('names only operations the schema has (a typo would hide an entry from everyone)', () => {
    const operations = schemaOperations();
    const named = [
      ...NAVIGATION.flatMap((entry) => entry.operations),
      ...SETTINGS_PAGES.map((page) => page.operation),
    ];
    expect(named.filter((name) => !operations.has(name))).toEqual([]);
    expect(named.length).toBeGreaterThan(8);
  });
});

describe('landing page', () => {
  const allowing =
    (...operations: string[]) =>
    (operation: string) =>
      operations.includes(operation);

  it('sends the front desk to the agenda, the accountant to the accounts, anyone else home', () => {
    expect(landingFor(allowing('agenda', 'accountingEntries'))).toBe('/agenda');
    expect(landingFor(allowing('closures', 'accountingEntries'))).toBe('/comptabilite');
    expect(landingFor(allowing('me'))).toBe('/');
  });
});
