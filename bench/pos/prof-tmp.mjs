import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
const d = (f) => import('/work/wt-posjournal/server/dist/' + f);
const { DataSource } = await import('typeorm');
const { dataSourceOptions } = await d('database/data-source.js');
const { PosRepository } = await d('pos/pos.repository.js');
const { ChainVerifier } = await d('pos/journal/chain-verifier.js');
const { GENESIS_HASH, chainHash } = await d('pos/journal/canonical.js');
const ds = new DataSource(dataSourceOptions(process.argv[2]));
await ds.initialize();
const repo = new PosRepository(ds);
const [{ till_id }] = await ds.query(`SELECT till_id FROM pos_chain_head ORDER BY seq DESC LIMIT 1`);
for (let k = 0; k < 2; k++) {
let t = performance.now(); let rows = [];
for (let after = 0; after < 20000; after += 5000) rows.push(...await repo.verificationBatch(till_id, after, 5000, 1e9));
console.log('query', performance.now() - t, rows.length);
t = performance.now();
const pg = (await import('pg')).default; const c = new pg.Client(process.argv[2]); await c.connect();
for (let after = 0; after < 20000; after += 5000) await c.query(`SELECT seq, canonical, prev_hash, hash, (payload = pos_try_jsonb(canonical)->'payload') IS TRUE AS m FROM pos_journal WHERE till_id = $1 AND seq > $2 ORDER BY seq LIMIT 5000`, [till_id, after]);
console.log('raw pg', performance.now() - t);
t = performance.now();
for (let after = 0; after < 20000; after += 5000) await c.query(`SELECT seq, canonical, prev_hash, hash FROM pos_journal WHERE till_id = $1 AND seq > $2 ORDER BY seq LIMIT 5000`, [till_id, after]);
console.log('raw pg no compare', performance.now() - t);
await c.end();
t = performance.now();
for (const r of rows) JSON.parse(r.canonical);
console.log('parse', performance.now() - t);
t = performance.now();
for (const r of rows) chainHash(r.prevHash, r.canonical);
console.log('hash', performance.now() - t);
const v = new ChainVerifier({ tillId: till_id, firstSeq: 1, prevHash: GENESIS_HASH, lastNumbers: new Map(), completeFrom: null });
t = performance.now();
for (const r of rows) { const b = v.feedChecked(r); if (b) { console.log(b); break; } }
console.log('verify', performance.now() - t);
}
await ds.destroy();
