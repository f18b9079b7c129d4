#!/usr/bin/env node
// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file of a
// built SPA (js, css, html, svg, json, webmanifest, txt, xml), so the server (@fastify/static with
// `preCompressed`) and nginx (`gzip_static`) send them without compressing at request time.
// A twin that would not be smaller than its file is not written (the file is then sent as it is).
//   node scripts/precompress.mjs web-public/dist
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.xml']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

async function precompress(dir) {
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    throw new Error(`precompress: ${dir} is not a directory (build first)`);
  }
  let count = 0;
  let before = 0;
  let after = 0;
  for await (const file of files(dir)) {
    if (!TEXT.has(path.extname(file))) continue;
    const body = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzip(body, { level: 9 }),
    ]);
    for (const [ext, data] of [
      ['.br', br],
      ['.gz', gz],
    ]) {
      // A twin left by an earlier build of the same file would be stale: replace or remove it.
      if (data.length < body.length) await writeFile(file + ext, data);
      else await rm(file + ext, { force: true });
    }
    count += 1;
    before += body.length;
    after += Math.min(br.length, body.length);
  }
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`precompress ${dir}: ${count} files, ${kib(before)} → ${kib(after)} (brotli)`);
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/precompress.mjs <dist dir>...');
  process.exit(2);
}
for (const dir of dirs) await precompress(dir);
