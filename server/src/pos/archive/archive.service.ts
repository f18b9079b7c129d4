import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { NotFoundError } from '../../common/errors.js';
import { dayInterval, INSTITUTE_TIME_ZONE, type IsoDate } from '../../common/time.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { canonicalInstant, GENESIS_HASH } from '../journal/canonical.js';
import { JournalKind } from '../journal/journal-kind.js';
import { JournalWriter } from '../journal/journal-writer.service.js';
import { JournalRepository } from '../journal/journal.repository.js';
import { TillRepository } from '../till/till.repository.js';
import { buildArchive, type ArchivedRecord } from './journal-archive.js';
import { SigningKeyService } from './signing-key.service.js';

export interface ExportedArchive {
  filename: string;
  /** The ZIP, base64. */
  contentBase64: string;
  sha256: string;
  recordCount: number;
}

/** `exportJournalArchive`: the signed ZIP of a till's records over a period (Paris dates, inclusive). */
@Injectable()
export class ArchiveService {
  constructor(
    private readonly tills: TillRepository,
    private readonly repo: JournalRepository,
    private readonly keys: SigningKeyService,
    private readonly writer: JournalWriter,
    private readonly tx: TransactionRunner,
  ) {}

  async export(input: {
    tillId: string;
    from: IsoDate | null;
    to: IsoDate | null;
    now: Date;
    actorUserId: string | null;
  }): Promise<ExportedArchive> {
    const till = await this.tills.findTill(input.tillId);
    if (till === null) throw new NotFoundError('Caisse introuvable.');
    const fromAt = input.from === null ? null : new Date(dayInterval(input.from, INSTITUTE_TIME_ZONE).start);
    const toAt = input.to === null ? null : new Date(dayInterval(input.to, INSTITUTE_TIME_ZONE).end);
    const range = await this.repo.seqRange(till.id, fromAt, toAt);
    const records: ArchivedRecord[] = [];
    if (range.first !== null && range.last !== null) {
      for (let after = range.first - 1; after < range.last;) {
        const batch = await this.repo.journalBatch(till.id, after, 5000, range.last);
        if (batch.length === 0) break;
        for (const r of batch) records.push({ ...r, occurredAt: `${canonicalInstant(r.occurredAt)}` });
        after = batch[batch.length - 1].seq;
      }
    }
    const firstSeq = range.first;
    const before =
      firstSeq !== null && firstSeq > 1 ? await this.repo.recordAtSeq(till.id, firstSeq - 1) : null;
    const numbersBefore =
      firstSeq !== null && firstSeq > 1
        ? await this.repo.numbersBefore(till.id, firstSeq)
        : new Map<string, number>();
    const zip = buildArchive({
      manifest: {
        till: { id: till.id, name: till.name },
        from: input.from,
        to: input.to,
        createdAt: canonicalInstant(input.now),
        firstSeq,
        lastSeq: range.last,
        prevHash: before?.hash ?? GENESIS_HASH,
        lastHash: records.length > 0 ? records[records.length - 1].hash : null,
        recordCount: records.length,
        numbersBefore: Object.fromEntries(numbersBefore),
      },
      records,
      privateKey: await this.keys.privateKey(),
      publicKey: await this.keys.publicKey(),
      at: input.now,
    });
    const sha256 = createHash('sha256').update(zip).digest('hex');
    await this.tx.run(({ manager }) =>
      this.writer.append(manager, {
        tillId: till.id,
        kind: JournalKind.EVENT,
        payload: {
          event: 'ARCHIVE_EXPORTED',
          from: input.from,
          to: input.to,
          firstSeq,
          lastSeq: range.last,
          sha256,
        },
        occurredAt: input.now,
        actorUserId: input.actorUserId,
      }),
    );
    const name =
      till.name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'caisse';
    return {
      filename: `journal-${name}-${input.from ?? 'debut'}-${input.to ?? canonicalInstant(input.now).slice(0, 10)}.zip`,
      contentBase64: zip.toString('base64'),
      sha256,
      recordCount: records.length,
    };
  }
}
