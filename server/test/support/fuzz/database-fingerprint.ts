/**
 * A cheap fingerprint of every application table (row count and an md5 of its rows), to tell whether
 * a request that answered with an error wrote anyway. Technical tables that change on their own are
 * left out.
 */
import type { DataSource } from 'typeorm';

/**
 * - outbox: the relay marks rows relayed in every API process, whatever the request;
 * - migrations: written once at start-up;
 * - availability_version: bumped by triggers in the same transaction as a write to a table it
 *   versions, so a write it reflects is already seen in that table.
 */
export const TECHNICAL_TABLES = new Set(['outbox', 'migrations', 'typeorm_metadata', 'availability_version']);

export type Fingerprint = Record<string, string>;

export async function fingerprintQuery(db: DataSource): Promise<string> {
  const rows: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = rows.map((r) => r.table_name).filter((t) => !TECHNICAL_TABLES.has(t));
  return tables
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM "${t}" x`,
    )
    .join(' UNION ALL ');
}

export async function takeFingerprint(db: DataSource, query: string): Promise<Fingerprint> {
  const rows: { t: string; f: string }[] = await db.query(query);
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .sort();
}
