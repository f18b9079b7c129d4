/**
 * `npm run journal:verify -- --till <id or name> [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: recomputes a
 * till's journal chain and closures in the database and prints the first broken link (exit code 1).
 * `npm run journal:verify -- --archive file.zip [--public-key <base64 SPKI or PEM file>]`: verifies a
 * signed archive offline (no database). The database is DATABASE_URL, or the embedded one of a running
 * server (EMBEDDED_POSTGRES_PORT). Read-only: unlike the GraphQL `verifyJournal`, it journals nothing.
 */
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { parseConfig } from '../config/config.js';
import { dataSourceOptions } from '../database/data-source.js';
import { verifyArchive } from '../pos/archive/journal-archive.js';
import { walkJournal } from '../pos/journal/verify-journal.service.js';
import { JournalRepository } from '../pos/journal/journal.repository.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      till: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      archive: { type: 'string' },
      'public-key': { type: 'string' },
    },
  });
  if (values.archive !== undefined) {
    let key = values['public-key'];
    if (key !== undefined && !/^[A-Za-z0-9+/=]+$/.test(key)) {
      const pem = await readFile(key, 'utf8');
      key = createPublicKey(pem).export({ format: 'der', type: 'spki' }).toString('base64');
    }
    const check = verifyArchive(await readFile(values.archive), key);
    const m = check.manifest;
    if (m !== null) {
      console.log(
        `Archive de la caisse « ${m.till.name} » (${m.from ?? 'début'} → ${m.to ?? 'fin'}), séquences ${m.firstSeq ?? '-'}…${m.lastSeq ?? '-'}`,
      );
    }
    if (check.ok) {
      console.log(`OK : ${check.recordsChecked} enregistrements vérifiés, signature valide.`);
      return 0;
    }
    for (const p of check.problems) console.error(`ÉCHEC : ${p}`);
    return 1;
  }
  if (values.till === undefined) {
    console.error(
      'usage: journal:verify -- --till <id|nom> [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] | --archive fichier.zip [--public-key clé]',
    );
    return 2;
  }
  const config = parseConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'x'.repeat(32) });
  const url =
    config.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPostgresPort}/serenaia`;
  const db = new DataSource(dataSourceOptions(url));
  await db.initialize();
  try {
    const rows: { id: string; name: string }[] = await db.query(
      `SELECT id, name FROM till WHERE id::text = $1 OR name = $1`,
      [values.till],
    );
    if (rows.length !== 1) {
      console.error(`Caisse introuvable : ${values.till}`);
      return 2;
    }
    const started = process.hrtime.bigint();
    const report = await walkJournal(
      new JournalRepository(db),
      rows[0].id,
      values.from ?? null,
      values.to ?? null,
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `Caisse « ${rows[0].name} » : ${report.recordsChecked} enregistrements (séquences ${report.firstSeq ?? '-'}…${report.lastSeq ?? '-'}), ${report.closuresChecked} clôtures recalculées en ${(ms / 1000).toFixed(1)} s.`,
    );
    if (report.broken === null) {
      console.log(`OK : chaîne intègre, dernière empreinte ${report.lastHash ?? '-'}.`);
      return 0;
    }
    console.error(
      `ÉCHEC à la séquence ${report.broken.seq} (${report.broken.kind || '-'}) : ${report.broken.problem}`,
    );
    return 1;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
