import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { dayInterval, INSTITUTE_TIME_ZONE, type IsoDate } from '../../common/time.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { JournalRepository } from './journal.repository.js';
import { GENESIS_HASH } from './canonical.js';
import { ChainVerifier, type ChainBreak } from './chain-verifier.js';
import { JournalKind } from './journal-kind.js';
import { JournalWriter } from './journal-writer.service.js';

export interface VerificationReport {
  tillId: string;
  ok: boolean;
  firstSeq: number | null;
  lastSeq: number | null;
  recordsChecked: number;
  closuresChecked: number;
  lastHash: string | null;
  broken: ChainBreak | null;
}

const BATCH = 5000;

/**
 * `verifyJournal(tillId, from, to)`: streams the chain of the records occurring between two Paris dates
 * (inclusive; the whole chain without them) in keyset batches — memory stays flat — through the
 * `ChainVerifier`, checks the head when the walk reaches the end, and journals the run (an EVENT).
 */
@Injectable()
export class VerifyJournalService {
  constructor(
    private readonly repo: JournalRepository,
    private readonly writer: JournalWriter,
    private readonly tx: TransactionRunner,
  ) {}

  async verify(input: {
    tillId: string;
    from: IsoDate | null;
    to: IsoDate | null;
    now: Date;
    actorUserId: string | null;
    record?: boolean;
  }): Promise<VerificationReport> {
    const report = await this.walk(input.tillId, input.from, input.to);
    if (input.record !== false) {
      await this.tx.run(({ manager }) =>
        this.writer.append(manager, {
          tillId: input.tillId,
          kind: JournalKind.EVENT,
          payload: {
            event: 'JOURNAL_VERIFIED',
            from: input.from,
            to: input.to,
            ok: report.ok,
            firstSeq: report.firstSeq,
            lastSeq: report.lastSeq,
            broken: report.broken === null ? null : { ...report.broken },
          },
          occurredAt: input.now,
          actorUserId: input.actorUserId,
        }),
      );
    }
    return report;
  }

  walk(tillId: string, from: IsoDate | null, to: IsoDate | null): Promise<VerificationReport> {
    return walkJournal(this.repo, tillId, from, to);
  }
}

/** The walk itself, usable without Nest (the CLI). */
export async function walkJournal(
  repo: JournalRepository,
  tillId: string,
  from: IsoDate | null,
  to: IsoDate | null,
): Promise<VerificationReport> {
  const head = await repo.readHead(tillId);
  if (head === null) throw new NotFoundError('Caisse introuvable.');
  const fromAt = from === null ? null : new Date(dayInterval(from, INSTITUTE_TIME_ZONE).start);
  const toAt = to === null ? null : new Date(dayInterval(to, INSTITUTE_TIME_ZONE).end);
  const range =
    from === null && to === null ? { first: 1, last: head.seq } : await repo.seqRange(tillId, fromAt, toAt);
  const empty: VerificationReport = {
    tillId,
    ok: true,
    firstSeq: null,
    lastSeq: null,
    recordsChecked: 0,
    closuresChecked: 0,
    lastHash: null,
    broken: null,
  };
  if (range.first === null || range.last === null || range.last < range.first || head.seq === 0) return empty;
  const firstSeq = from === null ? 1 : range.first;
  const lastSeq = to === null ? head.seq : range.last;
  let prevHash = GENESIS_HASH;
  if (firstSeq > 1) {
    const before = await repo.recordAtSeq(tillId, firstSeq - 1);
    prevHash = before?.hash ?? GENESIS_HASH;
  }
  const verifier = new ChainVerifier({
    tillId,
    firstSeq,
    prevHash,
    lastNumbers: firstSeq === 1 ? new Map() : await repo.numbersBefore(tillId, firstSeq),
    completeFrom: firstSeq === 1 ? null : from,
  });
  const finish = (found: ChainBreak | null): VerificationReport => {
    let broken = found;
    if (broken === null && verifier.lastSeq !== lastSeq) {
      broken = {
        seq: verifier.lastSeq + 1,
        kind: '',
        problem: `Enregistrement manquant : n° de séquence ${verifier.lastSeq + 1} attendu, fin du journal trouvée.`,
      };
    }
    if (broken === null && lastSeq === head.seq && verifier.lastHash !== head.hash) {
      broken = {
        seq: head.seq,
        kind: '',
        problem: 'La tête de chaîne ne correspond pas au dernier enregistrement.',
      };
    }
    return {
      tillId,
      ok: broken === null,
      firstSeq,
      lastSeq,
      recordsChecked: verifier.count,
      closuresChecked: verifier.closuresChecked,
      lastHash: verifier.count > 0 ? verifier.lastHash : null,
      broken,
    };
  };
  let broken: ChainBreak | null = null;
  if (!(await repo.payloadConstraintHolds())) {
    // Someone removed the constraint tying payloads to their canonical text: re-canonicalise every record.
    return finish(await slowWalk(repo, tillId, verifier, firstSeq, lastSeq));
  }
  // The next batch is fetched while this one is checked: the database and Node work side by side.
  const fetch = (after: number) => {
    const batch = repo.verificationBatch(tillId, after, BATCH, lastSeq);
    batch.catch(() => undefined); // handled where it is awaited; never an unhandled rejection meanwhile
    return batch;
  };
  let next = fetch(firstSeq - 1);
  while (broken === null) {
    const batch = await next;
    if (batch.length === 0) break;
    const last = batch[batch.length - 1].seq;
    next = fetch(last);
    for (const row of batch) {
      broken = verifier.feedText(row);
      if (broken !== null) break;
    }
  }
  // Let a prefetch still in flight settle (its result is not needed).
  await next.catch(() => undefined);
  return finish(broken);
}

/** The walk when the payload constraint is gone: every record re-canonicalised whole, payload included. */
async function slowWalk(
  repo: JournalRepository,
  tillId: string,
  verifier: ChainVerifier,
  firstSeq: number,
  lastSeq: number,
): Promise<ChainBreak> {
  for (let after = firstSeq - 1; after < lastSeq;) {
    const batch = await repo.journalBatch(tillId, after, BATCH, lastSeq);
    if (batch.length === 0) break;
    for (const row of batch) {
      const broken = verifier.feed(row);
      if (broken !== null) return broken;
    }
    after = batch[batch.length - 1].seq;
  }
  return {
    seq: verifier.lastSeq + 1,
    kind: '',
    problem:
      'La contrainte qui lie chaque contenu à son texte haché (ck_pos_journal_payload) a été supprimée : le schéma du journal a été modifié.',
  };
}
