import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { seedDemo } from './seed/demo-seed.js';

/** Applies pending migrations (one transaction each), then the demo seed when asked. */
export async function prepareDatabase(
  url: string,
  options: { seed: boolean; log: (m: string) => void; serverSecret?: string },
): Promise<void> {
  const db = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await db.initialize();
  // Several processes may start at once: one migrates, the others wait and find nothing to do.
  const lock = db.createQueryRunner();
  await lock.connect();
  await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['serenaia:migrations']);
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length > 0)
      options.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.seed) await seedDemo(db, Date.now(), options.serverSecret);
  } finally {
    await lock
      .query('SELECT pg_advisory_unlock(hashtext($1))', ['serenaia:migrations'])
      .catch(() => undefined);
    await lock.release();
    await db.destroy();
  }
}
