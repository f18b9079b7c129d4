/**
 * The signed archive of a till's journal over a period, and its offline verification. Pure (the key is
 * passed in). Files: `records.json` (every record as stored: canonical text, hashes, payload),
 * `records.csv` (one line per record, for a spreadsheet), `manifest.json` (what, which range, the chain's
 * ends, each file's SHA-256, the public key) and `manifest.sig` (Ed25519 signature of manifest.json,
 * base64).
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { ChainVerifier, type StoredRecord } from '../journal/chain-verifier.js';
import type { JournalKind } from '../journal/journal-kind.js';
import { readZip, writeZip } from '../../common/zip.js';

export const ARCHIVE_FORMAT = 'serenaia-journal-archive/1';

export interface ArchiveManifest {
  format: string;
  till: { id: string; name: string };
  from: string | null;
  to: string | null;
  createdAt: string;
  firstSeq: number | null;
  lastSeq: number | null;
  /** Hash of the record before `firstSeq` (the genesis hash from seq 1). */
  prevHash: string;
  lastHash: string | null;
  recordCount: number;
  /** Last number of each numbered kind before `firstSeq`. */
  numbersBefore: Record<string, number>;
  /** Ed25519 public key, SPKI DER in base64. */
  publicKey: string;
  files: { name: string; size: number; sha256: string }[];
}

export interface ArchivedRecord {
  tillId: string;
  seq: number;
  kind: string;
  number: number | null;
  occurredAt: string;
  actorUserId: string | null;
  payload: Record<string, unknown>;
  canonical: string;
  prevHash: string;
  hash: string;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function csvCell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function recordsCsv(records: readonly ArchivedRecord[]): string {
  const head = 'seq;kind;number;occurred_at;actor_user_id;total_incl_cents;prev_hash;hash;canonical';
  const lines = records.map((r) => {
    const total = typeof r.payload.totalInclCents === 'number' ? String(r.payload.totalInclCents) : '';
    return [
      String(r.seq),
      r.kind,
      r.number === null ? '' : String(r.number),
      r.occurredAt,
      r.actorUserId ?? '',
      total,
      r.prevHash,
      r.hash,
      r.canonical,
    ]
      .map(csvCell)
      .join(';');
  });
  return `${[head, ...lines].join('\r\n')}\r\n`;
}

export function buildArchive(input: {
  manifest: Omit<ArchiveManifest, 'files' | 'format' | 'publicKey'>;
  records: readonly ArchivedRecord[];
  privateKey: KeyObject;
  publicKey: string;
  at: Date;
}): Buffer {
  const files = [
    { name: 'records.json', data: Buffer.from(JSON.stringify(input.records), 'utf8') },
    { name: 'records.csv', data: Buffer.from(`\uFEFF${recordsCsv(input.records)}`, 'utf8') },
  ];
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    ...input.manifest,
    publicKey: input.publicKey,
    files: files.map((f) => ({ name: f.name, size: f.data.length, sha256: sha256(f.data) })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const signature = sign(null, manifestBytes, input.privateKey).toString('base64');
  return writeZip(
    [
      ...files,
      { name: 'manifest.json', data: manifestBytes },
      { name: 'manifest.sig', data: Buffer.from(signature, 'utf8') },
    ],
    input.at,
  );
}

export interface ArchiveCheck {
  ok: boolean;
  problems: string[];
  manifest: ArchiveManifest | null;
  recordsChecked: number;
}

/**
 * Verifies an archive offline: the ZIP's CRCs, the signature of the manifest (by `trustedPublicKey` when
 * given, otherwise by the key the manifest names), each file's SHA-256, and the chain of its records.
 */
export function verifyArchive(zip: Buffer, trustedPublicKey?: string): ArchiveCheck {
  const fail = (problem: string, manifest: ArchiveManifest | null = null): ArchiveCheck => ({
    ok: false,
    problems: [problem],
    manifest,
    recordsChecked: 0,
  });
  let files: Map<string, Buffer>;
  try {
    files = new Map(readZip(zip).map((e) => [e.name, e.data]));
  } catch (error) {
    return fail(`Archive illisible : ${(error as Error).message}.`);
  }
  const manifestBytes = files.get('manifest.json');
  const signature = files.get('manifest.sig');
  if (manifestBytes === undefined || signature === undefined) return fail('Manifeste ou signature absent.');
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as ArchiveManifest;
  } catch {
    return fail('Manifeste illisible.');
  }
  if (manifest.format !== ARCHIVE_FORMAT)
    return fail(`Format inconnu : ${String(manifest.format)}.`, manifest);
  const keyB64 = trustedPublicKey ?? manifest.publicKey;
  if (trustedPublicKey !== undefined && trustedPublicKey !== manifest.publicKey) {
    return fail("L'archive n'est pas signée par la clé attendue.", manifest);
  }
  try {
    const key = createPublicKey({ key: Buffer.from(keyB64, 'base64'), format: 'der', type: 'spki' });
    if (!verify(null, manifestBytes, key, Buffer.from(signature.toString('utf8'), 'base64'))) {
      return fail('La signature du manifeste est invalide.', manifest);
    }
  } catch {
    return fail('La signature du manifeste est invalide.', manifest);
  }
  for (const f of manifest.files) {
    const data = files.get(f.name);
    if (data === undefined) return fail(`Fichier absent : ${f.name}.`, manifest);
    if (data.length !== f.size || sha256(data) !== f.sha256)
      return fail(`Le fichier ${f.name} a été modifié.`, manifest);
  }
  const records = JSON.parse(
    (files.get('records.json') ?? Buffer.from('[]')).toString('utf8'),
  ) as ArchivedRecord[];
  if (records.length !== manifest.recordCount)
    return fail('Le nombre d’enregistrements ne correspond pas au manifeste.', manifest);
  if (records.length === 0) return { ok: true, problems: [], manifest, recordsChecked: 0 };
  const verifier = new ChainVerifier({
    tillId: manifest.till.id,
    firstSeq: manifest.firstSeq ?? 1,
    prevHash: manifest.prevHash,
    lastNumbers: new Map(Object.entries(manifest.numbersBefore)),
    completeFrom: (manifest.firstSeq ?? 1) === 1 ? null : manifest.from,
  });
  for (const r of records) {
    const stored: StoredRecord = { ...r, kind: r.kind as JournalKind, occurredAt: new Date(r.occurredAt) };
    const broken = verifier.feed(stored);
    if (broken !== null) {
      return {
        ok: false,
        problems: [`Séquence ${broken.seq} (${broken.kind}) : ${broken.problem}`],
        manifest,
        recordsChecked: verifier.count,
      };
    }
  }
  if (verifier.lastSeq !== manifest.lastSeq || verifier.lastHash !== manifest.lastHash) {
    return fail('La fin de la chaîne ne correspond pas au manifeste.', manifest);
  }
  return { ok: true, problems: [], manifest, recordsChecked: verifier.count };
}
