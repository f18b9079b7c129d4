import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../common/errors.js';
import { TransactionRunner } from '../../../common/transaction/unit-of-work.js';
import { shortHash } from '../../journal/canonical.js';
import type { SaleRecordPayload } from '../../journal/records.js';
import { SaleReceiptRequestedEvent } from '../events/sale.events.js';
import type { SaleEntity } from '../sale.entities.js';
import { SaleJournal } from '../sale-journal.js';
import { SaleRepository } from '../sale.repository.js';
import { buildReceipt, type ReceiptModel } from './domain/receipt-model.js';
import { ReceiptRepository } from './receipt.repository.js';

export interface ReceiptOperator {
  userId: string;
  sessionId: string;
}

/**
 * Receipts of completed tickets and credit notes: read from their journal record, printed again as a
 * numbered DUPLICATE record, or sent by e-mail through the notifications.
 */
@Injectable()
export class SaleReceiptService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly sales: SaleRepository,
    private readonly journal: SaleJournal,
    private readonly repo: ReceiptRepository,
  ) {}

  async receipt(saleId: string): Promise<ReceiptModel> {
    const { sale, record } = await this.completed(saleId);
    const client = await this.repo.client(sale.clientId);
    return buildReceipt(
      record,
      await this.repo.institute(),
      await this.repo.tillName(sale.tillId),
      null,
      client?.name ?? null,
    );
  }

  /** « DUPLICATA n° … »: a DUPLICATE record chained in the till's journal, then the receipt marked so. */
  async reprint(saleId: string, by: ReceiptOperator, now = Date.now()): Promise<ReceiptModel> {
    const { sale, record, recordId } = await this.completed(saleId);
    await this.journal.signIn(sale.tillId, by, new Date(now));
    const printedAt = new Date(Math.floor(now / 1000) * 1000);
    const duplicate = await this.tx.run((uow) =>
      this.journal.appendDuplicate(uow.manager, {
        tillId: sale.tillId,
        payload: {
          saleId: sale.id,
          recordId,
          recordKind: record.kind,
          recordNumber: record.number,
          recordHash: record.shortHash,
        },
        occurredAt: printedAt,
        actorUserId: by.userId,
      }),
    );
    const client = await this.repo.client(sale.clientId);
    return buildReceipt(
      record,
      await this.repo.institute(),
      await this.repo.tillName(sale.tillId),
      { number: duplicate.number, printedAt },
      client?.name ?? null,
    );
  }

  /** Queues the receipt e-mail to `email`, or to the client's address; returns the address. */
  async send(saleId: string, email: string | null): Promise<string> {
    const { sale } = await this.completed(saleId);
    const to = email ?? (await this.repo.client(sale.clientId))?.email ?? null;
    if (to === null || to === '') {
      throw new BadUserInputError(
        sale.clientId === null
          ? 'Aucun client sur ce ticket : saisissez l’adresse e-mail à laquelle envoyer le reçu.'
          : 'Ce client n’a pas d’adresse e-mail : saisissez celle à laquelle envoyer le reçu.',
        'email',
      );
    }
    await this.tx.run((uow) => {
      uow.emit(new SaleReceiptRequestedEvent({ saleId: sale.id, email: to }));
      return Promise.resolve();
    });
    return to;
  }

  private async completed(saleId: string): Promise<{
    sale: SaleEntity;
    recordId: string;
    record: Parameters<typeof buildReceipt>[0];
  }> {
    const sale = await this.sales.get(saleId);
    if (sale === null) throw new NotFoundError('Ticket introuvable.');
    if (sale.status !== 'COMPLETED' || sale.journalRecordId === null) {
      throw new ConflictError('Ce ticket n’est pas encore encaissé : il n’a pas de reçu.');
    }
    const row = await this.journal.record(sale.journalRecordId);
    if (row === null || row.number === null || (row.kind !== 'TICKET' && row.kind !== 'CREDIT_NOTE')) {
      throw new Error(`Journal record ${sale.journalRecordId} of sale ${sale.id} is missing`);
    }
    return {
      sale,
      recordId: row.id,
      record: {
        kind: row.kind,
        number: row.number,
        occurredAt: row.occurredAt,
        shortHash: shortHash(row.hash),
        payload: row.payload as SaleRecordPayload,
      },
    };
  }
}
