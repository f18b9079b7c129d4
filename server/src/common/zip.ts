/**
 * A minimal ZIP writer and reader (PKZIP 2.0: deflate or stored entries, UTF-8 names, no ZIP64, no
 * encryption) — enough for journal archives and XLSX files, which any unzip tool or spreadsheet opens. Pure.
 *
 * The reader is strict: it re-assembles the file from what it parsed (headers rebuilt, compressed bodies
 * as found) and refuses any byte that differs, so that no byte of an archive — header, padding or
 * comment — can change without the reading failing.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

interface RawEntry {
  name: Buffer;
  method: number;
  crc: number;
  body: Buffer;
  size: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8 = 0x0800;

function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

function assemble(entries: readonly RawEntry[], time: number, date: number): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(UTF8, 8);
    head.writeUInt16LE(e.method, 10);
    head.writeUInt16LE(time, 12);
    head.writeUInt16LE(date, 14);
    head.writeUInt32LE(e.crc, 16);
    head.writeUInt32LE(e.body.length, 20);
    head.writeUInt32LE(e.size, 24);
    head.writeUInt16LE(e.name.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, e.name);
    parts.push(local, e.name, e.body);
    offset += local.length + e.name.length + e.body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

export function writeZip(entries: readonly ZipEntry[], at: Date): Buffer {
  const { time, date } = dosDateTime(at);
  return assemble(
    entries.map((entry) => {
      const deflated = deflateRawSync(entry.data, { level: 6 });
      const method = deflated.length < entry.data.length ? 8 : 0;
      return {
        name: Buffer.from(entry.name, 'utf8'),
        method,
        crc: crc32(entry.data),
        body: method === 8 ? deflated : entry.data,
        size: entry.data.length,
      };
    }),
    time,
    date,
  );
}

/** Reads a ZIP as `writeZip` writes them; throws on anything else, a changed byte or a CRC mismatch. */
export function readZip(zip: Buffer): ZipEntry[] {
  const fail = (what: string): never => {
    throw new Error(what);
  };
  if (zip.length < 22 || zip.readUInt32LE(zip.length - 22) !== END)
    fail('not a ZIP file (no end of central directory)');
  const endAt = zip.length - 22;
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const raw: RawEntry[] = [];
  const entries: ZipEntry[] = [];
  let time = 0;
  let date = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > endAt || zip.readUInt32LE(at) !== CENTRAL) fail('corrupt ZIP central directory');
    const method = zip.readUInt16LE(at + 10);
    if (n === 0) [time, date] = [zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)];
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + nameLength;
    if (dataAt + compressed > zip.length) fail('corrupt ZIP entry');
    const body = zip.subarray(dataAt, dataAt + compressed);
    if (method !== 0 && method !== 8) fail(`unsupported ZIP method ${method}`);
    let data: Buffer;
    try {
      data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    } catch {
      return fail(`corrupt compressed data for ${name.toString('utf8')}`);
    }
    if (data.length !== size || crc32(data) !== crc) fail(`CRC mismatch for ${name.toString('utf8')}`);
    raw.push({ name, method, crc, body, size });
    entries.push({ name: name.toString('utf8'), data });
    at += 46 + nameLength;
  }
  if (!assemble(raw, time, date).equals(zip)) fail('the ZIP structure was altered');
  return entries;
}
