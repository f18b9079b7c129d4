import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';
import { canonicalize, canonicalRecord, chainHash, shortHash } from './canonical.js';
import { closurePeriodOf, JournalKind, NUMBERED_KINDS } from './journal-kind.js';
import { JournalRepository } from './journal.repository.js';

export interface JournalEntry {
  tillId: string;
  kind: JournalKind;
  payload: Record<string, unknown>;
  occurredAt: Date;
  actorUserId: string | null;
}

export interface AppendedRecord {
  id: string;
  seq: number;
  number: number | null;
  hash: string;
  shortHash: string;
}

/** Kinds refused on a day whose daily closure is made (they would escape its totals). */
const DATED_KINDS: ReadonlySet<JournalKind> = new Set([
  JournalKind.TICKET,
  JournalKind.CREDIT_NOTE,
  JournalKind.CASH_MOVEMENT,
]);

/**
 * Appends records to a till's inalterable journal, inside the caller's transaction: locks the till's
 * chain head (`FOR UPDATE`), gives the record the next `seq` (gap-free over the whole chain) and, for a
 * numbered kind, the next number of that kind, hashes `previous hash ‖ canonical record`, inserts it and
 * moves the head. Concurrent appends on one till wait for each other at the head row; if the caller's
 * transaction rolls back, the seq and number are not consumed.
 */
@Injectable()
export class JournalWriter {
  constructor(private readonly repo: JournalRepository) {}

  async append(manager: EntityManager, entry: JournalEntry): Promise<AppendedRecord> {
    const head = await this.repo.lockHead(manager, entry.tillId);
    if (head === null) throw new NotFoundError('Caisse introuvable.');
    const occurredAt = new Date(Math.floor(entry.occurredAt.getTime() / 1000) * 1000);
    if (DATED_KINDS.has(entry.kind) && head.closedThrough !== null) {
      const day = localDateOf(occurredAt.getTime(), INSTITUTE_TIME_ZONE);
      if (day <= head.closedThrough) {
        throw new ConflictError(
          `La journée du ${frenchDate(day)} est déjà clôturée : aucune opération ne peut plus y être enregistrée.`,
        );
      }
    }
    // The payload stored is the canonical payload read back: what jsonb returns re-canonicalises identically.
    const payload = JSON.parse(canonicalize(entry.payload)) as Record<string, unknown>;
    const seq = head.seq + 1;
    const number = NUMBERED_KINDS.has(entry.kind)
      ? (await this.repo.lastNumber(manager, entry.tillId, entry.kind)) + 1
      : null;
    const canonical = canonicalRecord({
      tillId: entry.tillId,
      seq,
      kind: entry.kind,
      number,
      occurredAt,
      actorUserId: entry.actorUserId,
      payload,
    });
    const hash = chainHash(head.hash, canonical);
    const id = await this.repo.insertRecord(manager, {
      tillId: entry.tillId,
      seq,
      kind: entry.kind,
      number,
      occurredAt,
      actorUserId: entry.actorUserId,
      payload,
      canonical,
      prevHash: head.hash,
      hash,
    });
    await this.repo.advanceHead(manager, entry.tillId, seq, hash, closedThroughOf(entry));
    return { id, seq, number, hash, shortHash: shortHash(hash) };
  }
}

/** A closure moves the head's "closed through" date to the last day it covers (never back). */
function closedThroughOf(entry: JournalEntry): string | undefined {
  if (closurePeriodOf(entry.kind) === null) return undefined;
  const last = entry.payload.lastDate;
  return typeof last === 'string' ? last : undefined;
}

export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
